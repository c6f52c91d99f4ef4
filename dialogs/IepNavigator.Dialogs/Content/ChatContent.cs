using System.Globalization;

namespace IepNavigator.Dialogs.Content;

/// <summary>
/// What one feature says and listens for in the chat: the "messages" of its content file, looked up through the one
/// <see cref="ContentStrings"/> (an <c>IStringLocalizer</c>) in the turn's language, and its whole-message "phrases"
/// of every language (a parent may type "sí" in an English chat). Each feature's catalog is this over its own file.
/// </summary>
public abstract class ChatContent<TDocument>
    where TDocument : class
{
    private readonly Dictionary<string, HashSet<string>> _phrases;

    /// <summary>The embedded content/<paramref name="fileName"/> and its es/ twin.</summary>
    protected ChatContent(
        string fileName, Func<TDocument, IReadOnlyDictionary<string, string>> messages,
        Func<TDocument, IReadOnlyDictionary<string, List<string>>>? phrases = null)
        : this(DialogContent.Files.ReadLocalized<TDocument>(fileName), fileName, messages, phrases)
    {
    }

    /// <summary>One document for every language (tests).</summary>
    protected ChatContent(
        TDocument document, string fileName, Func<TDocument, IReadOnlyDictionary<string, string>> messages,
        Func<TDocument, IReadOnlyDictionary<string, List<string>>>? phrases = null)
        : this(Localized<TDocument>.Invariant(document ?? throw new ArgumentNullException(nameof(document))), fileName, messages, phrases)
    {
    }

    protected ChatContent(
        Localized<TDocument> documents, string fileName,
        Func<TDocument, IReadOnlyDictionary<string, string>> messages,
        Func<TDocument, IReadOnlyDictionary<string, List<string>>>? phrases = null)
    {
        Documents = documents ?? throw new ArgumentNullException(nameof(documents));
        FileName = fileName;
        Strings = ContentStrings.Over(documents, messages, fileName);
        _phrases = phrases is null ? [] : PhraseSets.Merge(documents, phrases);
    }

    /// <summary>The file in every language.</summary>
    protected Localized<TDocument> Documents { get; }

    protected string FileName { get; }

    /// <summary>The messages as .NET's localizer, for code that takes an <c>IStringLocalizer</c>.</summary>
    public ContentStrings Strings { get; }

    /// <summary>The message in the turn's language (English when a translation lacks it; a test forbids that).</summary>
    public string this[string key] => Strings.Get(key);

    /// <summary>The message in a given language (a letter for the school is English whatever the chat speaks).</summary>
    public string In(string language, string key) => Strings.Get(key, language);

    public string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, this[key], args);

    /// <summary>True when the whole normalized message is one of the phrases of <paramref name="kind"/>.</summary>
    protected bool IsPhrase(string kind, string normalizedText) =>
        _phrases.TryGetValue(kind, out var set) && set.Contains(normalizedText);

    /// <summary>The normalized phrases of <paramref name="kind"/> in every language (a choice's synonyms, name prefixes).</summary>
    public IReadOnlyCollection<string> Phrases(string kind) =>
        _phrases.TryGetValue(kind, out var set) ? set : throw new InvalidDataException($"{FileName} has no phrases '{kind}'.");
}
