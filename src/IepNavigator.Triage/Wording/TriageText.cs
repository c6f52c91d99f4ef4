using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using IepNavigator.Knowledge.Content;

namespace IepNavigator.Triage.Wording;

/// <summary>
/// The triage content files in each language: <c>packet-text.json</c> (what a packet says, for the advocate and, for
/// urgency and free help, the parent) and <c>console.json</c> (the console's own words), English and <c>es/</c>.
/// Keys are dotted paths ("levels.urgent", "facts.daysRemovedThisYear"); a missing key is a content error.
/// </summary>
public sealed class TriageText
{
    private readonly Localized<Words> _packet = new(language => Load("packet-text.json", language));
    private readonly Localized<Words> _console = new(language => Load("console.json", language));

    /// <summary>The files shipped in the assembly.</summary>
    public static TriageText Default { get; } = new();

    /// <summary>packet-text.json in <paramref name="language"/> ("en", "es"; anything else is English).</summary>
    public Words Packet(string? language) => _packet.For(language ?? ContentLanguage.English);

    /// <summary>console.json in <paramref name="language"/>.</summary>
    public Words Console(string? language) => _console.For(language ?? ContentLanguage.English);

    private static Words Load(string fileName, string language)
    {
        using var stream = TriageContent.Files.Open(fileName, language);
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        Flatten(document.RootElement, "", values);
        return new Words(fileName, language, values.ToFrozenDictionary(StringComparer.Ordinal));
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

/// <summary>One content file in one language.</summary>
public sealed class Words
{
    private readonly string _file;
    private readonly FrozenDictionary<string, string> _values;

    internal Words(string file, string language, FrozenDictionary<string, string> values)
    {
        _file = file;
        Language = language;
        _values = values;
    }

    /// <summary>"en" or "es".</summary>
    public string Language { get; }

    /// <summary>Every key of the file, for content tests.</summary>
    public IEnumerable<string> Keys => _values.Keys;

    public string this[string key] => _values.TryGetValue(key, out var value)
        ? value
        : throw new InvalidDataException($"content/{(Language == ContentLanguage.English ? "" : Language + "/")}{_file} has no '{key}'.");

    /// <summary>The text, or null when the file has no such key (an id the content does not know yet).</summary>
    public string? Find(string key) => _values.GetValueOrDefault(key);

    public string Format(string key, params object?[] args) => string.Format(CultureInfo.InvariantCulture, this[key], args);
}
