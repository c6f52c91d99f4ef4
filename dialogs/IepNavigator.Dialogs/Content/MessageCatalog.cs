using System.Globalization;

namespace IepNavigator.Dialogs.Content;

/// <summary>Every sentence the assistant says on its own (not advice), from content/messages.json.</summary>
public sealed class MessageCatalog
{
    private readonly IReadOnlyDictionary<string, string> _messages;

    public MessageCatalog()
        : this(ContentFile.Read<Dictionary<string, string>>("messages.json"))
    {
    }

    public MessageCatalog(IReadOnlyDictionary<string, string> messages) => _messages = messages;

    public string this[string key] =>
        _messages.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"No message '{key}' in messages.json.");

    public string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, this[key], args);
}
