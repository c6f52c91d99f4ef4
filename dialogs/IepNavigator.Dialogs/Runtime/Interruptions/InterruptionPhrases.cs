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
    /// and goes on by at most <paramref name="maxTailWords"/> words ("what should i do now that i sent it"). The phrase may
    /// come after one of the kind's openers (<c>&lt;kind&gt;Openers</c> in interruptions.json: "ok so what do i do",
    /// "ok pero q hago"), which are not counted as the tail.
    /// </summary>
    public bool Leads(string kind, string text, int maxTailWords)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!_phrases.TryGetValue(kind, out var set))
        {
            return false;
        }
        var words = text.TrimEnd('?', ' ', '.', '!').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (LeadsFrom(set, words, 0, maxTailWords))
        {
            return true;
        }
        if (!_phrases.TryGetValue(kind + "Openers", out var openers))
        {
            return false;
        }
        // The longest opener first: "ok pero" before "ok".
        for (var opener = Math.Min(2, words.Length - 1); opener >= 1; opener--)
        {
            if (openers.Contains(string.Join(' ', words, 0, opener)))
            {
                return LeadsFrom(set, words, opener, maxTailWords);
            }
        }
        return false;
    }

    private static bool LeadsFrom(HashSet<string> set, string[] words, int start, int maxTailWords)
    {
        var count = words.Length - start;
        for (var length = Math.Min(count, 12); length >= Math.Max(1, count - maxTailWords); length--)
        {
            if (set.Contains(string.Join(' ', words, start, length)))
            {
                return true;
            }
        }
        return false;
    }
}
