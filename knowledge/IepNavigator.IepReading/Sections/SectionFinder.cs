using System.Text.RegularExpressions;
using IepNavigator.IepReading.Content;
using IepNavigator.IepReading.Documents;
using IepNavigator.IepReading.Model;

namespace IepNavigator.IepReading.Sections;

/// <summary>A run of lines under one heading: [Start, End); Start is the heading line. A null kind is a section we do not read.</summary>
internal sealed record SectionSpan(IepSection? Kind, int Start, int End, bool Emphasised)
{
    public IEnumerable<int> Lines => Enumerable.Range(Start, End - Start);
}

/// <summary>A heading found on a line, and the words after it on the same line (<see cref="Colon"/>: after a colon, so content).</summary>
internal sealed record Heading(IepSection? Kind, string Remainder, bool Colon = false);

/// <summary>
/// Splits a document at its section headings (vocabulary.json "sections"). A heading is a short line that starts with a
/// heading phrase, after any numbering ("Section 3:", "C.", "IV."); the words after it may be a few words, or the
/// first sentence of the section when the line stands out (bold or larger).
/// </summary>
internal static partial class SectionFinder
{
    public static IReadOnlyList<SectionSpan> Find(ReadingContext context)
    {
        var spans = new List<SectionSpan>();
        IepSection? current = null;
        int start = 0;
        bool emphasised = false;
        for (int i = 0; i < context.Lines.Count; i++)
        {
            if (HeadingOf(context, i) is not { } heading)
            {
                continue;
            }
            if (i > start)
            {
                spans.Add(new SectionSpan(current, start, i, emphasised));
            }
            current = heading.Kind;
            start = i;
            emphasised = context.Lines[i].Emphasis;
        }
        if (context.Lines.Count > start)
        {
            spans.Add(new SectionSpan(current, start, context.Lines.Count, emphasised));
        }
        return spans;
    }

    /// <summary>The heading on line <paramref name="index"/>, or null when the line is not one.</summary>
    public static Heading? HeadingOf(ReadingContext context, int index) => context.Headings[index];

    /// <summary>Finds the heading of a line (<see cref="ReadingContext"/> keeps the answers).</summary>
    public static Heading? FindHeading(ReadingContext context, int index)
    {
        var line = context.Lines[index];
        // A heading phrase is a few words and what may follow it fewer than a dozen: long lines are prose.
        if (line.Cells[0].Length > 160)
        {
            return null;
        }
        // In a row of cells only the first can be a heading ("Services | Minutes | ..." is a table header, not a heading).
        var text = line.Cells.Count > 1 ? Text.Fold.Text(line.Cells[0]) : context.Folded[index];
        if (line.Cells.Count > 1 && line.Cells.Skip(1).Any(c => c.Length > 0) && !line.Emphasis)
        {
            return null;
        }
        var stripped = Numbering().Replace(text, "", 1);
        foreach (var (section, regex) in context.Words.Headings)
        {
            var match = CompiledVocabulary.Find(regex, stripped);
            if (!match.Success)
            {
                continue;
            }
            var remainder = stripped[match.Length..].Trim(' ', ':', '.', '-', '–', '—', '(', ')', '|', '/');
            int words = remainder.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            bool digits = remainder.Any(char.IsDigit);
            bool heading = remainder.Length == 0
                || (words <= 4 && !digits && !remainder.EndsWith('.'))
                || (line.Emphasis && words <= 12 && !digits);
            if (heading)
            {
                int cut = text.Length - stripped.Length + match.Length;
                var original = line.Cells.Count > 1 ? line.Cells[0] : line.Text;
                var after = cut < original.Length ? original[cut..] : "";
                return new Heading(section, after.Trim(' ', ':', '.', '-', '–', '—', '|'), after.TrimStart().StartsWith(':'));
            }
        }
        // A line that stands out (bold, larger, a heading style) and names a section anywhere in a few words.
        if (line.Emphasis && line.Cells.Count == 1 && stripped.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12 && !stripped.Any(char.IsDigit))
        {
            foreach (var (section, regex) in context.Words.HeadingsAnywhere)
            {
                if (CompiledVocabulary.Find(regex, stripped).Success)
                {
                    return new Heading(section, "");
                }
            }
        }
        return null;
    }

    [GeneratedRegex(@"^\s*(?:(?:section|part|seccion|parte)\s+)?(?:\d{1,2}|[ivx]{1,4}|[a-h])(?:[.):]|\s+-|\s*–)\s*|^\s*(?:section|part|seccion|parte)\s+(?:\d{1,2}|[ivx]{1,4}|[a-h])\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Numbering();
}
