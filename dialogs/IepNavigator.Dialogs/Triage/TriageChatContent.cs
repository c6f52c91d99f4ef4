using System.Globalization;
using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Understanding;

namespace IepNavigator.Dialogs.Triage;

/// <summary>The hand-off's sentences and whole-message phrases, from content/triage-chat.json.</summary>
public sealed class TriageChatContent
{
    private readonly IReadOnlyDictionary<string, string> _messages;
    private readonly Dictionary<string, HashSet<string>> _phrases;

    public TriageChatContent()
        : this(ContentFile.Read<Document>("triage-chat.json"))
    {
    }

    internal TriageChatContent(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _messages = document.Messages;
        _phrases = document.Phrases.ToDictionary(
            p => p.Key,
            p => p.Value.Select(TextNormalizer.Normalize).Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    public string this[string key] =>
        _messages.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"No message '{key}' in triage-chat.json.");

    public string Format(string key, params object?[] args) => string.Format(CultureInfo.InvariantCulture, this[key], args);

    /// <summary>True when the whole normalized message is one of the phrases of <paramref name="kind"/>.</summary>
    public bool Matches(string kind, string normalizedText) =>
        _phrases.TryGetValue(kind, out var set) && set.Contains(normalizedText.TrimEnd('?', ' '));

    internal sealed record Document(Dictionary<string, List<string>> Phrases, Dictionary<string, string> Messages);
}
