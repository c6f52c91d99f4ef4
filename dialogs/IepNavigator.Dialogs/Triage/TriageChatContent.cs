namespace IepNavigator.Dialogs.Triage;

/// <summary>The hand-off's sentences and whole-message phrases, from content/triage-chat.json.</summary>
public sealed class TriageChatContent : ChatContent<TriageChatContent.Document>
{
    private const string File = "triage-chat.json";

    public TriageChatContent()
        : base(File, d => d.Messages, d => d.Phrases)
    {
    }

    internal TriageChatContent(Document document)
        : base(document, File, d => d.Messages, d => d.Phrases)
    {
    }

    /// <summary>True when the whole normalized message is one of the phrases of <paramref name="kind"/>.</summary>
    public bool Matches(string kind, string normalizedText) => IsPhrase(kind, normalizedText.TrimEnd('?', ' '));

    public sealed record Document(Dictionary<string, List<string>> Phrases, Dictionary<string, string> Messages);
}
