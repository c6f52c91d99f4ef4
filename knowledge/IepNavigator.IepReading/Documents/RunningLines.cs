using System.Text.RegularExpressions;
using IepNavigator.IepReading.Text;

namespace IepNavigator.IepReading.Documents;

/// <summary>
/// Takes out running headers and footers (the same line at the top or bottom of most pages, numbers aside) and page
/// numbers, so a goal that runs from one page onto the next reads as one text.
/// </summary>
internal static partial class RunningLines
{
    private const int Edge = 3;

    public static IReadOnlyList<List<DocumentLine>> Remove(IReadOnlyList<List<DocumentLine>> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var key in EdgeLines(page).Select(Key).Distinct(StringComparer.Ordinal))
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        int nonEmpty = pages.Count(p => p.Count > 0);
        // On two pages a running line is on both; from three pages on, on at least half of them.
        var running = nonEmpty >= 2
            ? counts.Where(c => c.Value >= 2 && (c.Value * 2 >= nonEmpty && nonEmpty >= 3 || c.Value == nonEmpty)).Select(c => c.Key).ToHashSet(StringComparer.Ordinal)
            : [];
        return pages.Select(page =>
        {
            var edges = EdgeLines(page).ToHashSet();
            return page.Where(line => !(edges.Contains(line) && (running.Contains(Key(line)) || PageNumber().IsMatch(line.Text)))).ToList();
        }).ToList();
    }

    private static IEnumerable<DocumentLine> EdgeLines(List<DocumentLine> page) =>
        page.Count <= Edge * 2 ? page : page.Take(Edge).Concat(page.Skip(page.Count - Edge));

    /// <summary>The line with its page number taken out ("Page 3 of 12" → "page #"); other numbers stay, so "Goal 1" and "Goal 2" differ.</summary>
    private static string Key(DocumentLine line) => PageReference().Replace(Fold.Text(Fold.Spaces(line.Text)), "#");

    [GeneratedRegex(@"(?:(?:page|pagina|pg\.?|p\.)\s*\d{1,3}(?:\s*(?:of|de|/)\s*\d{1,3})?|\b\d{1,3}\s*(?:of|de|/)\s*\d{1,3}\s*$|^\s*-?\s*\d{1,3}\s*-?\s*$)")]
    private static partial Regex PageReference();

    [GeneratedRegex(@"^\s*(?:(?:page|p[aá]gina|pg\.?)\s*)?\d{1,3}(?:\s*(?:of|de|/)\s*\d{1,3})?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
