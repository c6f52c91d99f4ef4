using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace IepNavigator.Understanding.Lexicon;

/// <summary>
/// A compiled list of phrases with a cheap pre-check: every phrase needs one of a few words (its first required word,
/// or a word's stem) to be in the text, so the expression runs only on the clauses that could match. The text's words are
/// looked up once for every set (<see cref="TextWords"/>); the pre-check is then one read by this set's number. Most clauses name
/// none of a fact's words, which is what keeps reading a message well under a millisecond.
/// <para>
/// When a clause passes the pre-check, the set runs an expression of only the alternatives whose own needed word is in
/// the text (<see cref="PhraseIndex"/>), in their order: the interpreter tries every alternative of an alternation at
/// every position of the text, so the whole list (up to a few hundred phrases) cost ~100 times what the two or three
/// that can match cost. Same matches by construction: an alternation's match is the leftmost position and, there, the
/// first alternative in order that matches; an alternative whose needed word is nowhere in the text matches nowhere, so
/// leaving it out changes no match, no capture and no replacement. Those smaller expressions are built once per set and
/// choice of alternatives, and kept (up to <see cref="MaxKeptExpressions"/> in all; past that the whole expression runs).
/// </para>
/// </summary>
internal sealed class PhraseSet
{
    /// <summary>Kept smaller expressions, all sets together (a few KB each): a bound against messages built to fill the cache.</summary>
    public const int MaxKeptExpressions = 2048;

    private static int keptExpressions;

    /// <summary>For the equivalence check (tests): this thread runs the whole expressions after the word-by-word pre-check, as the engine did before the index.</summary>
    [ThreadStatic]
    private static bool wholeExpressionsOnly;

    private readonly Regex[] regexes;
    private readonly FrozenSet<string> words;
    private readonly string[] prefixes;
    private readonly bool always;
    private readonly PhraseIndex? index;
    private readonly Func<string, string> wrap;
    private readonly ConcurrentDictionary<string, Regex> chosen = new(StringComparer.Ordinal);
    private readonly int number;

    /// <param name="regexes">One expression, or several parts of one list too large for the non-backtracking engine.</param>
    /// <param name="index">The alternatives of the one expression and the words each needs; null runs the whole expression always.</param>
    /// <param name="wrap">How an expression of alternatives (<c>\b(?:a|b)\b</c>) is anchored in <paramref name="regexes"/> (<see cref="AtStart"/>, <see cref="AtEnd"/>).</param>
    public PhraseSet(IReadOnlyList<Regex> regexes, IEnumerable<string> words, IEnumerable<string> prefixes, bool always, PhraseIndex? index = null, Func<string, string>? wrap = null)
    {
        this.regexes = [.. regexes];
        this.words = words.ToFrozenSet(StringComparer.Ordinal);
        this.prefixes = [.. prefixes.Distinct(StringComparer.Ordinal)];
        this.always = always;
        this.index = this.regexes.Length == 1 && index is { Count: > 0 and < char.MaxValue } ? index : null;
        this.wrap = wrap ?? (p => p);
        IsEmpty = !always && this.words.Count == 0 && this.prefixes.Length == 0;
        number = NeededWords.RegisterSet(this.words, this.prefixes);
    }

    /// <summary>No phrase at all: never matches.</summary>
    public bool IsEmpty { get; }

    /// <summary>Runs <paramref name="read"/> on this thread with the whole expressions only (the engine before the index): the equivalence check.</summary>
    public static T WithWholeExpressions<T>(Func<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var before = wholeExpressionsOnly;
        wholeExpressionsOnly = true;
        try
        {
            return read();
        }
        finally
        {
            wholeExpressionsOnly = before;
        }
    }

    /// <summary>The same phrases, matched only at the start of the text.</summary>
    public PhraseSet AtStart() => new([.. regexes.Select(r => PhrasePattern.Build("^" + r))], words, prefixes, always, index, p => "^" + wrap(p));

    /// <summary>The same phrases, matched only at the end of the text.</summary>
    public PhraseSet AtEnd() => new([.. regexes.Select(r => PhrasePattern.Build("(?:" + r + @")\s*$"))], words, prefixes, always, index, p => "(?:" + wrap(p) + @")\s*$");

    public bool IsMatch(string text) => Match(text) is not null;

    /// <summary>The first match, or null (also when the guard stops a pathological match).</summary>
    public Match? Match(string text)
    {
        if (!MayMatch(text))
        {
            return null;
        }
        Match? best = null;
        foreach (var regex in RegexesFor(text))
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
        MayMatch(text) ? RegexesFor(text).SelectMany(r => r.Matches(text)).OrderBy(m => m.Index) : [];

    public string Replace(string text, MatchEvaluator evaluator)
    {
        if (!MayMatch(text))
        {
            return text;
        }
        foreach (var regex in RegexesFor(text))
        {
            text = regex.Replace(text, evaluator);
        }
        return text;
    }

    /// <summary>The expression of the alternatives that could match <paramref name="text"/> (none when none could), else the whole ones.</summary>
    private Regex[] RegexesFor(string text)
    {
        if (index is null || wholeExpressionsOnly)
        {
            return regexes;
        }
        Span<bool> candidate = index.Count <= 1024 ? stackalloc bool[index.Count] : new bool[index.Count];
        var count = index.Candidates(TextWords.Of(text), candidate);
        if (count == 0)
        {
            return [];
        }
        if (count == index.Count)
        {
            return regexes;
        }
        Span<char> key = count <= 512 ? stackalloc char[count] : new char[count];
        var k = 0;
        for (var i = 0; i < candidate.Length; i++)
        {
            if (candidate[i])
            {
                key[k++] = (char)i;
            }
        }
        var lookup = chosen.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(key, out var kept))
        {
            return [kept];
        }
        if (Interlocked.Increment(ref keptExpressions) > MaxKeptExpressions)
        {
            Interlocked.Decrement(ref keptExpressions);
            return regexes;
        }
        var pattern = new StringBuilder(@"\b(?:");
        for (var i = 0; i < key.Length; i++)
        {
            pattern.Append(i == 0 ? "" : "|").Append(index.Alternative(key[i]));
        }
        var regex = new Regex(wrap(pattern.Append(@")\b").ToString()), PhrasePattern.Options, PhrasePattern.Timeout);
        if (!chosen.TryAdd(new string(key), regex))
        {
            Interlocked.Decrement(ref keptExpressions);
        }
        return [regex];
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
        return wholeExpressionsOnly ? MayMatchWordByWord(text) : TextWords.Of(text).Passes(number);
    }

    /// <summary>The pre-check as it was before <see cref="TextWords"/>, for the equivalence check: each of the text's words looked up in this set.</summary>
    private bool MayMatchWordByWord(string text)
    {
        var textWords = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
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
}
