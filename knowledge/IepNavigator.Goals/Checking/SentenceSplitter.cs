using System.Text.RegularExpressions;

namespace IepNavigator.Goals.Checking;

/// <summary>Splits a block into sentences without breaking at decimals ("2.5 grade level") or abbreviations ("Sept. 8").</summary>
internal sealed partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "e.g", "i.e", "eg", "ie", "vs", "approx", "etc", "no", "p", "pp",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "wk", "wks", "min", "gr",
    };

    public IReadOnlyList<TextSpan> Split(string text, TextSpan block)
    {
        var spans = new List<TextSpan>();
        int start = block.Start;
        var body = text.Substring(block.Start, block.Length);
        foreach (Match end in SentenceEnd().Matches(body))
        {
            var before = WordBefore().Match(body, 0, end.Index).Value;
            if (Abbreviations.Contains(before.TrimEnd('.')) || (before.Length == 1 && char.IsUpper(before[0])))
            {
                continue;
            }
            int cut = block.Start + end.Index + end.Length;
            spans.Add(new TextSpan(start, block.Start + end.Index + 1, block.Kind));
            start = cut;
        }
        if (start < block.End)
        {
            spans.Add(new TextSpan(start, block.End, block.Kind));
        }
        return spans;
    }

    // A full stop, question or exclamation mark followed by space and a capital or digit starts a new sentence.
    [GeneratedRegex(@"[.!?](?=\s+[""'(]?[A-Z0-9])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[A-Za-z.]+$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex WordBefore();
}
