using IepNavigator.IepReading.Content;

namespace IepNavigator.IepReading.Text;

/// <summary>Tick boxes on forms: keep the options that are ticked, drop the ones that are not.</summary>
internal static class Checkboxes
{
    public static bool HasMark(string text, CompiledVocabulary words) =>
        words.CheckedMarks.Any(m => text.Contains(m, StringComparison.OrdinalIgnoreCase))
        || words.UncheckedMarks.Any(m => text.Contains(m, StringComparison.Ordinal));

    /// <summary>
    /// "Reported: ☒ Quarterly ☐ Each semester" → "Reported: Quarterly". Text before the first box stays; each box's
    /// words run to the next box.
    /// </summary>
    public static string KeepChecked(string text, CompiledVocabulary words)
    {
        ArgumentNullException.ThrowIfNull(text);
        var marks = new List<(int At, int Length, bool Checked)>();
        foreach (var (list, ticked) in new[] { (words.CheckedMarks, true), (words.UncheckedMarks, false) })
        {
            foreach (var mark in list)
            {
                for (int i = text.IndexOf(mark, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(mark, i + mark.Length, StringComparison.OrdinalIgnoreCase))
                {
                    if (!marks.Any(m => i < m.At + m.Length && m.At < i + mark.Length))
                    {
                        marks.Add((i, mark.Length, ticked));
                    }
                }
            }
        }
        if (marks.Count == 0)
        {
            return text;
        }
        marks.Sort((a, b) => a.At.CompareTo(b.At));
        var kept = new System.Text.StringBuilder(text[..marks[0].At]);
        for (int i = 0; i < marks.Count; i++)
        {
            int from = marks[i].At + marks[i].Length;
            int to = i + 1 < marks.Count ? marks[i + 1].At : text.Length;
            if (marks[i].Checked && to > from)
            {
                kept.Append(' ').Append(text[from..to].Trim(' ', '|')).Append(';');
            }
        }
        return Fold.Spaces(kept.ToString().TrimEnd(';'));
    }

    /// <summary>True when the text has boxes and none of them is ticked (an option list nobody chose from).</summary>
    public static bool NoneTicked(string text, CompiledVocabulary words) =>
        HasMark(text, words) && !words.CheckedMarks.Any(m => text.Contains(m, StringComparison.OrdinalIgnoreCase));
}
