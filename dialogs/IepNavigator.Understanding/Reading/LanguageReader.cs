using System.Text.RegularExpressions;
using IepNavigator.Understanding.Lexicon;
using IepNavigator.Understanding.Text;

namespace IepNavigator.Understanding.Reading;

/// <summary>
/// Which language a message is written in ("en", "es", or "mixed" for Spanglish), from each language's own small
/// words (content/language.json), and which language a parent asks to switch to.
/// </summary>
internal sealed class LanguageReader
{
    private readonly HashSet<string> english;
    private readonly HashSet<string> spanish;
    private readonly Dictionary<string, PhraseSet> switchTo = new(StringComparer.Ordinal);

    public LanguageReader()
        : this(LexiconFile.ReadAll<LanguageDocument>("language.json"))
    {
    }

    public LanguageReader(IReadOnlyList<(string Language, LanguageDocument Document)> documents)
    {
        english = Words(documents.Where(d => d.Language == "en"));
        spanish = Words(documents.Where(d => d.Language == "es"));
        foreach (var target in documents.SelectMany(d => d.Document.SwitchTo.Keys).Distinct(StringComparer.Ordinal))
        {
            switchTo[target] = PhrasePattern.Compile(documents.SelectMany(d => d.Document.SwitchTo.GetValueOrDefault(target) ?? []));
        }
    }

    /// <summary>"en", "es" or "mixed"; a message with no telling words follows <paramref name="fallback"/> (the chat's language), else English.</summary>
    public string Detect(string normalized, string? rawText, string? fallback)
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

    /// <summary>The language a parent asks for ("español por favor" → "es"), or null.</summary>
    public string? SwitchRequest(string normalized)
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

    private static HashSet<string> Words(IEnumerable<(string Language, LanguageDocument Document)> documents) =>
        [.. documents.SelectMany(d => d.Document.FunctionWords).Select(TextNormalizer.Normalize).Where(w => w.Length > 0)];
}
