using System.Globalization;
using Microsoft.Extensions.Localization;

namespace IepNavigator.Knowledge.Content;

/// <summary>
/// The one lookup of a sentence by key: .NET's <see cref="IStringLocalizer"/> over the "messages" of a content file
/// and its translations (content/X.json, content/es/X.json), in the turn's language (<see cref="ContentLanguage.Current"/>)
/// or, after <see cref="In"/>, in one fixed language (an advocate console page, a packet in the family's language).
/// A key a translation lacks falls back to English, which TranslationParityTests forbids, so a chat never breaks on it.
/// </summary>
public sealed class ContentStrings : IStringLocalizer
{
    private readonly Localized<IReadOnlyDictionary<string, string>> _messages;
    private readonly string _fileName;
    private readonly string? _language;

    public ContentStrings(Localized<IReadOnlyDictionary<string, string>> messages, string fileName)
        : this(messages, fileName, language: null)
    {
    }

    private ContentStrings(Localized<IReadOnlyDictionary<string, string>> messages, string fileName, string? language)
    {
        _messages = messages ?? throw new ArgumentNullException(nameof(messages));
        _fileName = fileName;
        _language = language;
    }

    /// <summary>The messages of a file that is itself the messages (content/messages.json).</summary>
    public static ContentStrings Over<TDocument>(Localized<TDocument> documents, Func<TDocument, IReadOnlyDictionary<string, string>> messages, string fileName)
        where TDocument : class
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(messages);
        return new(new Localized<IReadOnlyDictionary<string, string>>(l => messages(documents.For(l))), fileName);
    }

    /// <summary>The same messages in <paramref name="language"/> whatever the turn's language ("es-US" → "es").</summary>
    public ContentStrings In(string? language) => new(_messages, _fileName, ContentLanguage.Normalize(language));

    /// <summary>The language looked up: the fixed one (<see cref="In"/>), else the turn's.</summary>
    public string Language => _language ?? ContentLanguage.Current;

    public LocalizedString this[string name] => Find(name, Language);

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var text = this[name];
            return text.ResourceNotFound ? text : new LocalizedString(name, string.Format(CultureInfo.InvariantCulture, text.Value, arguments), false, _fileName);
        }
    }

    /// <summary>The message in <paramref name="language"/> (<see cref="Language"/> when null); a key in no language is a content error.</summary>
    public string Get(string key, string? language = null)
    {
        var text = Find(key, language ?? Language);
        return text.ResourceNotFound ? throw new KeyNotFoundException($"No message '{key}' in {_fileName}.") : text.Value;
    }

    /// <summary>The message, or null when no language has the key (an id the content does not know yet).</summary>
    public string? Find(string key)
    {
        var text = Find(key, Language);
        return text.ResourceNotFound ? null : text.Value;
    }

    /// <summary>The message with its {0} {1} filled in (invariant culture); a missing key is a content error.</summary>
    public string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(key), args);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        _messages.For(Language).Select(m => new LocalizedString(m.Key, m.Value, false, _fileName));

    private LocalizedString Find(string key, string language) =>
        _messages.For(language).TryGetValue(key, out var text) ? new LocalizedString(key, text, false, _fileName)
        : _messages.For(ContentLanguage.English).TryGetValue(key, out var english) ? new LocalizedString(key, english, false, _fileName)
        : new LocalizedString(key, key, true, _fileName);
}
