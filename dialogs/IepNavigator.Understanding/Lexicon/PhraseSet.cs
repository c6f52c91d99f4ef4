using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace IepNavigator.Understanding.Lexicon;

/// <summary>
/// A compiled list of phrases with a cheap pre-check: every phrase needs one of a few words (its first required word,
/// or a word's stem) to be in the text, so the expression runs only on the clauses that could match. Most clauses name
/// none of a fact's words, which is what keeps reading a message well under a millisecond.
/// </summary>
internal sealed class PhraseSet
{
    [ThreadStatic]
    private static string? lastText;

    [ThreadStatic]
    private static HashSet<string>? lastWords;

    private readonly Regex[] regexes;
    private readonly FrozenSet<string> words;
    private readonly string[] prefixes;
    private readonly bool always;

    /// <param name="regexes">One expression, or several parts of one list too large for the non-backtracking engine.</param>
    public PhraseSet(IReadOnlyList<Regex> regexes, IEnumerable<string> words, IEnumerable<string> prefixes, bool always)
    {
        this.regexes = [.. regexes];
        this.words = words.ToFrozenSet(StringComparer.Ordinal);
        this.prefixes = [.. prefixes.Distinct(StringComparer.Ordinal)];
        this.always = always;
        IsEmpty = !always && this.words.Count == 0 && this.prefixes.Length == 0;
    }

    /// <summary>No phrase at all: never matches.</summary>
    public bool IsEmpty { get; }

    /// <summary>The same phrases, matched only at the start of the text.</summary>
    public PhraseSet AtStart() => new([.. regexes.Select(r => PhrasePattern.Build("^" + r))], words, prefixes, always);

    /// <summary>The same phrases, matched only at the end of the text.</summary>
    public PhraseSet AtEnd() => new([.. regexes.Select(r => PhrasePattern.Build("(?:" + r + @")\s*$"))], words, prefixes, always);

    public bool IsMatch(string text) => Match(text) is not null;

    /// <summary>The first match, or null (also when the guard stops a pathological match).</summary>
    public Match? Match(string text)
    {
        if (!MayMatch(text))
        {
            return null;
        }
        Match? best = null;
        foreach (var regex in regexes)
        {
            try
            {
                var m = regex.Match(text);
                // The leftmost match of the parts, the longest at the same place: what one expression would find.
                if (m.Success && (best is null || m.Index < best.Index || (m.Index == best.Index && m.Length > best.Length)))
                {
                    best = m;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A guard, not a verdict: no match.
            }
        }
        return best;
    }

    public IEnumerable<Match> Matches(string text) =>
        MayMatch(text) ? regexes.SelectMany(r => r.Matches(text)).OrderBy(m => m.Index) : [];

    public string Replace(string text, MatchEvaluator evaluator)
    {
        if (!MayMatch(text))
        {
            return text;
        }
        foreach (var regex in regexes)
        {
            text = regex.Replace(text, evaluator);
        }
        return text;
    }

    private bool MayMatch(string text)
    {
        if (always)
        {
            return true;
        }
        if (IsEmpty || text.Length == 0)
        {
            return false;
        }
        var textWords = WordsOf(text);
        foreach (var word in textWords)
        {
            if (words.Contains(word))
            {
                return true;
            }
        }
        foreach (var prefix in prefixes)
        {
            foreach (var word in textWords)
            {
                if (word.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The words of the text, kept for the next call on the same text (the readers ask many sets about one clause).</summary>
    private static HashSet<string> WordsOf(string text)
    {
        if (ReferenceEquals(text, lastText) && lastWords is not null)
        {
            return lastWords;
        }
        var set = new HashSet<string>(text.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        lastText = text;
        lastWords = set;
        return set;
    }
}
