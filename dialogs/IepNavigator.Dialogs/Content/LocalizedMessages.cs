using IepNavigator.Knowledge.Content;

namespace IepNavigator.Dialogs.Content;

/// <summary>Looking up a sentence in a content file that exists in every language (content/X.json, content/es/X.json).</summary>
public static class LocalizedMessages
{
    /// <summary>
    /// The message <paramref name="key"/> in <paramref name="language"/> (the turn's when null); English when the
    /// translation lacks it, which TranslationParityTests forbids, so a missing key never breaks a chat.
    /// </summary>
    public static string Message<T>(
        this Localized<T> documents, Func<T, IReadOnlyDictionary<string, string>> messages, string key, string fileName, string? language = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(messages);
        return messages(language is null ? documents.Current : documents.For(language)).TryGetValue(key, out var text) ? text
            : messages(documents.For(ContentLanguage.English)).TryGetValue(key, out var english) ? english
            : throw new KeyNotFoundException($"No message '{key}' in {fileName}.");
    }
}
