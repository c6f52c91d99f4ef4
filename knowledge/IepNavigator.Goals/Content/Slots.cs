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

    [GeneratedRegex(@"\{([a-zA-Z]+)\}")]
    private static partial Regex SlotPattern();
}
