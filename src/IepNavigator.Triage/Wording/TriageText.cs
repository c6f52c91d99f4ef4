using System.Collections.Frozen;
using System.Text.Json;
using IepNavigator.Knowledge.Content;

namespace IepNavigator.Triage.Wording;

/// <summary>
/// The triage content files, looked up through the one <see cref="ContentStrings"/> (an <c>IStringLocalizer</c>) like
/// every other content file: <c>packet-text.json</c> (what a packet says, for the advocate and, for urgency and free
/// help, the parent) and <c>console.json</c> (the console's own words), English and <c>es/</c>, each read once by
/// <see cref="ContentFiles"/>. Keys are dotted paths of the nested file ("levels.urgent", "facts.daysRemovedThisYear");
/// a missing key is a content error (<see cref="ContentStrings.Get"/> throws).
/// </summary>
public sealed class TriageText
{
    private readonly ContentStrings _packet = Strings("packet-text.json");
    private readonly ContentStrings _console = Strings("console.json");

    /// <summary>The files shipped in the assembly.</summary>
    public static TriageText Default { get; } = new();

    /// <summary>packet-text.json in <paramref name="language"/> ("en", "es"; anything else is English).</summary>
    public ContentStrings Packet(string? language) => _packet.In(language);

    /// <summary>console.json in <paramref name="language"/>.</summary>
    public ContentStrings Console(string? language) => _console.In(language);

    private static ContentStrings Strings(string fileName) =>
        new(new Localized<IReadOnlyDictionary<string, string>>(language => Flatten(TriageContent.Files.Read<JsonElement>(fileName, language))), fileName);

    /// <summary>The nested file as dotted keys; "_comment"-style keys are notes for reviewers, not sentences.</summary>
    private static FrozenDictionary<string, string> Flatten(JsonElement root)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        Flatten(root, "", values);
        return values.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void Flatten(JsonElement element, string prefix, Dictionary<string, string> values)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name.StartsWith('_'))
            {
                continue;
            }
            var key = prefix.Length == 0 ? property.Name : prefix + "." + property.Name;
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                Flatten(property.Value, key, values);
            }
            else if (property.Value.ValueKind == JsonValueKind.String)
            {
                values[key] = property.Value.GetString()!;
            }
        }
    }
}
