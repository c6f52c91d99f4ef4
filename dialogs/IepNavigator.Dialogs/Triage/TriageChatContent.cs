using System.Globalization;
using IepNavigator.Dialogs.Content;
using IepNavigator.Knowledge.Content;

namespace IepNavigator.Dialogs.Triage;

/// <summary>The hand-off's sentences and whole-message phrases, from content/triage-chat.json.</summary>
public sealed class TriageChatContent
{
    private readonly Localized<Document> _documents;
    private readonly Dictionary<string, HashSet<string>> _phrases;

    public TriageChatContent()
        : this(DialogContent.Files.ReadLocalized<Document>("triage-chat.json"))
    {
    }

    internal TriageChatContent(Document document)
        : this(Localized<Document>.Invariant(document ?? throw new ArgumentNullException(nameof(document))))
    {
    }

    private TriageChatContent(Localized<Document> documents)
    {
        _documents = documents;
        _phrases = PhraseSets.Merge(documents, d => d.Phrases);
    }

    /// <summary>The message in the turn's language (English when a translation lacks it; a test forbids that).</summary>
    public string this[string key] => _documents.Message(d => d.Messages, key, "triage-chat.json");

    public string Format(string key, params object?[] args) => string.Format(CultureInfo.InvariantCulture, this[key], args);

    /// <summary>True when the whole normalized message is one of the phrases of <paramref name="kind"/>.</summary>
    public bool Matches(string kind, string normalizedText) =>
        _phrases.TryGetValue(kind, out var set) && set.Contains(normalizedText.TrimEnd('?', ' '));

    /// <summary>The normalized phrases of <paramref name="kind"/> in every language (a choice's synonyms, name prefixes).</summary>
    public IReadOnlyCollection<string> Phrases(string kind) =>
        _phrases.TryGetValue(kind, out var set) ? set : throw new InvalidDataException($"triage-chat.json has no phrases '{kind}'.");

    internal sealed record Document(Dictionary<string, List<string>> Phrases, Dictionary<string, string> Messages);
}
