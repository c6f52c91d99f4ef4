namespace IepNavigator.Dialogs.Runtime.Interruptions;

/// <summary>
/// Whole-message phrases per interruption (content/interruptions.json). Whole messages only, so that
/// "I need help with his IEP" is a stage, not a request for the help text.
/// </summary>
public sealed class InterruptionPhrases
{
    private readonly Dictionary<string, HashSet<string>> _phrases;

    /// <summary>The phrases of every language together: "ayuda" is help in an English chat too.</summary>
    public InterruptionPhrases() =>
        _phrases = PhraseSets.Merge(DialogContent.Files.ReadLocalized<Dictionary<string, List<string>>>("interruptions.json"), d => d);

    public InterruptionPhrases(IReadOnlyDictionary<string, List<string>> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        _phrases = PhraseSets.Merge([phrases]);
    }

    /// <summary>The normalized phrases of <paramref name="kind"/> (empty when the file has none).</summary>
    public HashSet<string> Phrases(string kind) =>
        _phrases.TryGetValue(kind, out var set) ? new HashSet<string>(set, StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal);

    /// <summary>True when the normalized <paramref name="text"/> is one of the phrases of <paramref name="kind"/>.</summary>
    public bool Matches(string kind, string text) =>
        _phrases.TryGetValue(kind, out var set) && set.Contains(text.TrimEnd('?', ' '));

    /// <summary>
    /// True when the normalized <paramref name="text"/> is one of the phrases of <paramref name="kind"/>, or opens with one
    /// and goes on by at most <paramref name="maxTailWords"/> words ("what should i do now that i sent it").
    /// </summary>
    public bool Leads(string kind, string text, int maxTailWords)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!_phrases.TryGetValue(kind, out var set))
        {
            return false;
        }
        var words = text.TrimEnd('?', ' ', '.', '!').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var length = Math.Min(words.Length, 12); length >= Math.Max(1, words.Length - maxTailWords); length--)
        {
            if (set.Contains(string.Join(' ', words, 0, length)))
            {
                return true;
            }
        }
        return false;
    }
}
