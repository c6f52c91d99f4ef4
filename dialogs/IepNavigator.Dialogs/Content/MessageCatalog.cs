using System.Globalization;
using IepNavigator.Knowledge.Content;

namespace IepNavigator.Dialogs.Content;

/// <summary>
/// Every sentence the assistant says on its own (not advice), from content/messages.json and its translations
/// (content/es/messages.json), in the language of the turn (<see cref="ContentLanguage.Current"/>).
/// </summary>
public sealed class MessageCatalog
{
    private readonly Localized<IReadOnlyDictionary<string, string>> _messages;

    public MessageCatalog()
        : this(DialogContent.Files.ReadLocalized<Dictionary<string, string>>("messages.json"))
    {
    }

    /// <summary>One set of messages for every language (tests).</summary>
    public MessageCatalog(IReadOnlyDictionary<string, string> messages)
        : this(Localized<IReadOnlyDictionary<string, string>>.Invariant(messages))
    {
    }

    private MessageCatalog(Localized<Dictionary<string, string>> messages)
        : this(new Localized<IReadOnlyDictionary<string, string>>(messages.For))
    {
    }

    private MessageCatalog(Localized<IReadOnlyDictionary<string, string>> messages) => _messages = messages;

    /// <summary>The message in the turn's language; English if a translation is missing (a test forbids that).</summary>
    public string this[string key] => _messages.Message(m => m, key, "messages.json");

    /// <summary>The message in a given language (a letter for the school is English whatever the chat speaks).</summary>
    public string In(string language, string key) => _messages.Message(m => m, key, "messages.json", language);

    public string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, this[key], args);
}
