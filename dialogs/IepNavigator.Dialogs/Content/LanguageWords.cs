namespace IepNavigator.Dialogs.Content;

/// <summary>Which language a message is written in, roughly (content/language-words.json).</summary>
public sealed class LanguageWords
{
    private readonly HashSet<string> _spanish;
    private readonly HashSet<string> _other;
    private readonly string[] _spanishMarks;
    private readonly int _minimumWords;

    public LanguageWords()
        : this(DialogContent.Files.Read<LanguageWordsDocument>("language-words.json"))
    {
    }

    public LanguageWords(LanguageWordsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _spanish = Normalize(document.Spanish);
        _other = Normalize(document.Other);
        _spanishMarks = [.. document.SpanishOnlyMarks];
        _minimumWords = Math.Max(1, document.MinimumWords);
    }

    /// <summary>True when the message reads as Spanish: enough common Spanish words, or a Spanish-only mark and one.</summary>
    public bool LooksSpanish(string? rawText)
    {
        var words = Words(rawText);
        var count = words.Count(_spanish.Contains);
        var marked = rawText is not null && _spanishMarks.Any(m => rawText.Contains(m, StringComparison.Ordinal));
        return count >= _minimumWords || (marked && count >= 1);
    }

    /// <summary>True when the message is in a language we have no content for (no Latin letters, or other languages' words).</summary>
    public bool LooksUnsupported(string? rawText)
    {
        var letters = (rawText ?? "").Where(char.IsLetter).ToList();
        var noLatin = letters.Count >= 2 && !letters.Any(c => c < 'ɏ');
        return noLatin || Words(rawText).Count(_other.Contains) >= _minimumWords;
    }

    private static string[] Words(string? rawText) => TextNormalizer.Normalize(rawText).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static HashSet<string> Normalize(IEnumerable<string> words) =>
        words.Select(TextNormalizer.Normalize).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);
}

public sealed class LanguageWordsDocument
{
    public int MinimumWords { get; set; } = 3;
    public List<string> Spanish { get; set; } = [];
    public List<string> SpanishOnlyMarks { get; set; } = [];
    public List<string> Other { get; set; } = [];
}
