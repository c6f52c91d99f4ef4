namespace IepNavigator.Dialogs.Content;

/// <summary>
/// Every sentence the assistant says on its own (not advice), from content/messages.json and its translations
/// (content/es/messages.json), in the language of the turn (<see cref="ContentLanguage.Current"/>).
/// </summary>
public sealed class MessageCatalog : ChatContent<IReadOnlyDictionary<string, string>>
{
    private const string File = "messages.json";

    public MessageCatalog()
        : this(DialogContent.Files.ReadLocalized<Dictionary<string, string>>(File))
    {
    }

    /// <summary>One set of messages for every language (tests).</summary>
    public MessageCatalog(IReadOnlyDictionary<string, string> messages)
        : base(Localized<IReadOnlyDictionary<string, string>>.Invariant(messages), File, m => m)
    {
    }

    private MessageCatalog(Localized<Dictionary<string, string>> messages)
        : base(new Localized<IReadOnlyDictionary<string, string>>(messages.For), File, m => m)
    {
    }
}
