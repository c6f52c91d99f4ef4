using System.Text.RegularExpressions;
using IepNavigator.Understanding.Lexicon;
using IepNavigator.Understanding.Text;

namespace IepNavigator.Understanding.Reading;

/// <summary>
/// Which language a message is written in, from each language's own words (content/language.json): the reader's
/// language for a message ("en", "es", or "mixed" for Spanglish), whether the chat should follow the parent into the
/// other language (<see cref="ClearlyWrittenIn"/>), whether the message is in a language we have no content for, and
/// which language a parent asks to switch to. One detector, so the reader and the chat never disagree on a message.
/// </summary>
public sealed class LanguageReader
{
    /// <summary>Fewer own words than this is too short to tell ("ok", "si", "IEP", a name).</summary>
    private const int MinimumSignals = 3;

    /// <summary>How many times the other language's words a message needs in its own to be clearly in it (Spanglish is not).</summary>
    private const int ClearMargin = 2;

    private readonly HashSet<string> english;
    private readonly HashSet<string> spanish;
    private readonly HashSet<string> unsupported;
    private readonly string[] spanishMarks;
    private readonly Dictionary<string, PhraseSet> switchTo = new(StringComparer.Ordinal);

    public LanguageReader()
        : this(LexiconFile.ReadAll<LanguageDocument>("language.json"))
    {
    }

    internal LanguageReader(IReadOnlyList<(string Language, LanguageDocument Document)> documents)
    {
        english = Words(documents.Where(d => d.Language == "en"), d => d.FunctionWords);
        spanish = Words(documents.Where(d => d.Language == "es"), d => d.FunctionWords);
        unsupported = Words(documents, d => d.OtherLanguageWords);
        spanishMarks = [.. documents.Where(d => d.Language == "es").SelectMany(d => d.Document.OwnMarks)];
        foreach (var target in documents.SelectMany(d => d.Document.SwitchTo.Keys).Distinct(StringComparer.Ordinal))
        {
            switchTo[target] = PhrasePattern.Compile(documents.SelectMany(d => d.Document.SwitchTo.GetValueOrDefault(target) ?? []));
        }
    }

    /// <summary>"en", "es" or "mixed"; a message with no telling words follows <paramref name="fallback"/> (the chat's language), else English.</summary>
    internal string Detect(string normalized, string? rawText, string? fallback)
    {
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var en = words.Count(english.Contains);
        var es = words.Count(spanish.Contains) + (rawText is not null && rawText.IndexOfAny(['ñ', '¿', '¡', 'á', 'é', 'í', 'ó', 'ú']) >= 0 ? 1 : 0);
        if (en == 0 && es == 0)
        {
            return fallback is "es" ? "es" : "en";
        }
        if (en >= 2 && es >= 2 && Math.Min(en, es) >= 0.25 * Math.Max(en, es))
        {
            return "mixed";
        }
        return es > en ? "es" : "en";
    }

    /// <summary>
    /// The language the message is clearly written in ("en", "es"), or null: too short to tell, or Spanglish ("my son has
    /// an IEP pero la escuela no hace nada"), where the chat keeps the language it is in. Clearly in a language: at least
    /// three of its own signals (its words, and for Spanish a "ñ", "¿" or "¡" once) and at least twice the other
    /// language's words. Stricter than <see cref="Detect"/>, which must name a language for every message: the chat's
    /// language changes only on a message no parent would call mixed or too short.
    /// </summary>
    public string? ClearlyWrittenIn(string? rawText)
    {
        var words = TextNormalizer.Normalize(rawText).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var es = words.Count(spanish.Contains) + (rawText is not null && spanishMarks.Any(m => rawText.Contains(m, StringComparison.Ordinal)) ? 1 : 0);
        var en = words.Count(english.Contains);
        return es >= MinimumSignals && es >= ClearMargin * en ? "es"
            : en >= MinimumSignals && en >= ClearMargin * es ? "en"
            : null;
    }

    /// <summary>True when the message is in a language we have no content for (no Latin letters, or other languages' words).</summary>
    public bool LooksUnsupported(string? rawText)
    {
        var letters = (rawText ?? "").Where(char.IsLetter).ToList();
        var noLatin = letters.Count >= 2 && !letters.Any(c => c < 'ɏ');
        return noLatin || TextNormalizer.Normalize(rawText).Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(unsupported.Contains) >= MinimumSignals;
    }

    /// <summary>The language a parent asks for ("español por favor" → "es"), or null.</summary>
    internal string? SwitchRequest(string normalized)
    {
        string? best = null;
        var bestLength = 0;
        foreach (var (language, pattern) in switchTo)
        {
            foreach (Match m in pattern.Matches(normalized))
            {
                if (m.Length > bestLength)
                {
                    best = language;
                    bestLength = m.Length;
                }
            }
        }
        return best;
    }

    private static HashSet<string> Words(IEnumerable<(string Language, LanguageDocument Document)> documents, Func<LanguageDocument, List<string>> list) =>
        [.. documents.SelectMany(d => list(d.Document)).Select(TextNormalizer.Normalize).Where(w => w.Length > 0)];
}
