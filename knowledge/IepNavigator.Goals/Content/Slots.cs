using System.Text.RegularExpressions;

namespace IepNavigator.Goals.Content;

/// <summary>Fills {name} slots of a content sentence; an unknown slot stays visible so a review catches it.</summary>
internal static partial class Slots
{
    public static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        return SlotPattern().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);
    }

    /// <summary>
    /// The first of <paramref name="variants"/> whose slots all have a value, filled: content lists a sentence that uses
    /// the goal's own words first and a plainer one after it for a goal that gives less (no skill, no target).
    /// </summary>
    public static string FillFirst(IReadOnlyList<string> variants, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(variants);
        if (variants.Count == 0)
        {
            throw new InvalidOperationException("A content entry has no sentence.");
        }
        var chosen = variants.FirstOrDefault(v => SlotPattern().Matches(v).All(m => values.TryGetValue(m.Groups[1].Value, out var value) && value.Length > 0))
            ?? variants[^1];
        return Fill(chosen, values);
    }

    /// <summary>The slot names a sentence uses.</summary>
    public static IEnumerable<string> Names(string template) => SlotPattern().Matches(template).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"\{([a-zA-Z]+)\}")]
    private static partial Regex SlotPattern();
}
