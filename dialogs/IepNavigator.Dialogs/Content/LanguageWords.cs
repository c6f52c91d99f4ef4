namespace IepNavigator.Dialogs.Content;

/// <summary>Which language a message is written in, roughly (content/language-words.json).</summary>
public sealed class LanguageWords
{
    private readonly HashSet<string> _spanish;
    private readonly HashSet<string> _english;
    private readonly HashSet<string> _other;
    private readonly string[] _spanishMarks;
    private readonly int _minimumWords;
    private readonly int _clearMargin;

    public LanguageWords()
        : this(DialogContent.Files.Read<LanguageWordsDocument>("language-words.json"))
    {
    }

    public LanguageWords(LanguageWordsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _spanish = Normalize(document.Spanish);
        _english = Normalize(document.English);
        _other = Normalize(document.Other);
        _spanishMarks = [.. document.SpanishOnlyMarks];
        _minimumWords = Math.Max(1, document.MinimumWords);
        _clearMargin = Math.Max(1, document.ClearMargin);
    }

    /// <summary>
    /// The language the message is clearly written in ("en", "es"), or null: too short to tell, or Spanglish ("my son has an
    /// IEP pero la escuela no hace nada"), where the chat keeps the language it is in.
    /// </summary>
    public string? ClearlyWrittenIn(string? rawText)
    {
        var words = Words(rawText);
        var spanish = words.Count(_spanish.Contains);
        var english = words.Count(_english.Contains);
        if (LooksSpanish(rawText, spanish) && spanish >= _clearMargin * english)
        {
            return ContentLanguage.Spanish;
        }
        return english >= _minimumWords && english >= _clearMargin * spanish ? ContentLanguage.English : null;
    }

    /// <summary>Enough common Spanish words (<paramref name="count"/>), or a Spanish-only mark and one.</summary>
    private bool LooksSpanish(string? rawText, int count)
    {
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

    /// <summary>Common English words: an English message in a Spanish chat, and Spanglish told from Spanish.</summary>
    public List<string> English { get; set; } = [];

    /// <summary>How many times the other language's words a message needs in its own to be clearly in it.</summary>
    public int ClearMargin { get; set; } = 1;
    public List<string> Other { get; set; } = [];
}
