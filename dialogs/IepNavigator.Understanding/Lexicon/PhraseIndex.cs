using System.Collections.Frozen;

namespace IepNavigator.Understanding.Lexicon;

/// <summary>
/// The alternatives of one phrase set's expression, each with the words one of which it needs in the text (its first
/// required word, every alternative of a first required group or slot, or a stem): <see cref="PhraseSet"/> runs only the
/// alternatives a text could match. An alternative with no such word (it opens with a number, or everything before its
/// first word is optional in a way the index does not follow) is always run.
/// </summary>
internal sealed class PhraseIndex
{
    private readonly string[] alternatives;
    private readonly int[] always;
    private readonly FrozenDictionary<string, int[]> byWord;
    private readonly (string Prefix, int[] Alternatives)[] byPrefix;
    private readonly (string Needed, int[] Alternatives)[] byNeeded;
    private readonly Requirement[] requirements;
    private readonly int[][] requiredBy;

    /// <param name="alternatives">Each alternative's expression (no anchors), in the set's order, with the whole words and the stems it needs (both empty: always run).</param>
    /// <param name="required">Per alternative, every required element's needed words and stems (one of each element's must be in the text).</param>
    public PhraseIndex(
        IReadOnlyList<(string Expression, IReadOnlySet<string> Words, IReadOnlySet<string> Prefixes)> alternatives,
        IReadOnlyList<IReadOnlyList<(IReadOnlySet<string> Words, IReadOnlySet<string> Prefixes)>> required)
    {
        ArgumentNullException.ThrowIfNull(required);
        var distinct = new Dictionary<string, int>(StringComparer.Ordinal);
        var all = new List<Requirement>();
        requiredBy = [.. required.Select(list => list.Select(r =>
        {
            var key = string.Join(" ", r.Words.Order(StringComparer.Ordinal)) + "|" + string.Join(" ", r.Prefixes.Order(StringComparer.Ordinal));
            if (!distinct.TryGetValue(key, out var id))
            {
                distinct[key] = id = all.Count;
                all.Add(new Requirement([.. r.Words], [.. r.Prefixes]));
            }
            return id;
        }).Distinct().ToArray())];
        requirements = [.. all];
        ArgumentNullException.ThrowIfNull(alternatives);
        this.alternatives = [.. alternatives.Select(a => a.Expression)];
        always = [.. Enumerable.Range(0, alternatives.Count).Where(i => alternatives[i].Words.Count == 0 && alternatives[i].Prefixes.Count == 0)];
        byWord = Group(alternatives, a => a.Words).ToFrozenDictionary(g => g.Key, g => g.Value, StringComparer.Ordinal);
        byPrefix = [.. Group(alternatives, a => a.Prefixes).Select(g => (g.Key, g.Value))];
        byNeeded = [.. byWord.Select(g => (g.Key, g.Value)), .. byPrefix];
    }

    public int Count => alternatives.Length;

    public string Alternative(int i) => alternatives[i];

    /// <summary>
    /// Marks in <paramref name="candidate"/> every alternative that could match a text of these space-separated words, and
    /// returns how many. A superset of those that match: a needed word of an alternative can only sit in the text as a whole
    /// word, a word's start (a stem), or — in a word with an inner boundary ("ot/pt", "10/29") — anywhere in it.
    /// </summary>
    public int Candidates(HashSet<string> textWords, Span<bool> candidate)
    {
        ArgumentNullException.ThrowIfNull(textWords);
        var count = 0;
        foreach (var i in always)
        {
            count += Mark(candidate, i);
        }
        foreach (var word in textWords)
        {
            if (byWord.TryGetValue(word, out var found))
            {
                count += Mark(candidate, found);
            }
            if (!Plain(word))
            {
                foreach (var (needed, alternativesNeeding) in byNeeded)
                {
                    if (word.Contains(needed, StringComparison.Ordinal))
                    {
                        count += Mark(candidate, alternativesNeeding);
                    }
                }
            }
        }
        foreach (var (prefix, alternativesNeeding) in byPrefix)
        {
            foreach (var word in textWords)
            {
                if (word.StartsWith(prefix, StringComparison.Ordinal))
                {
                    count += Mark(candidate, alternativesNeeding);
                    break;
                }
            }
        }
        if (count == 0)
        {
            return 0;
        }
        // Then every other required element of each: "use ... his {services}" needs a word of each of its three parts.
        Span<sbyte> met = requirements.Length <= 1024 ? stackalloc sbyte[requirements.Length] : new sbyte[requirements.Length];
        met.Clear();
        for (var i = 0; i < candidate.Length; i++)
        {
            if (!candidate[i])
            {
                continue;
            }
            foreach (var r in requiredBy[i])
            {
                if (met[r] == 0)
                {
                    met[r] = requirements[r].IsMet(textWords) ? (sbyte)1 : (sbyte)-1;
                }
                if (met[r] < 0)
                {
                    candidate[i] = false;
                    count--;
                    break;
                }
            }
        }
        return count;
    }

    /// <summary>One required element of a phrase: one of these whole words or stems must be in the text.</summary>
    private sealed class Requirement(string[] words, string[] prefixes)
    {
        public bool IsMet(HashSet<string> textWords)
        {
            if (words.Length <= textWords.Count)
            {
                foreach (var word in words)
                {
                    if (textWords.Contains(word))
                    {
                        return true;
                    }
                }
            }
            foreach (var token in textWords)
            {
                if (words.Length > textWords.Count && Array.IndexOf(words, token) >= 0)
                {
                    return true;
                }
                foreach (var prefix in prefixes)
                {
                    if (token.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
                if (!Plain(token) && (words.Any(w => token.Contains(w, StringComparison.Ordinal)) || prefixes.Any(p => token.Contains(p, StringComparison.Ordinal))))
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>Only word characters (<c>\w</c>): no <c>\b</c> inside, so a needed word in it is all of it or, for a stem, its start.</summary>
    private static bool Plain(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }
        return true;
    }

    private static int Mark(Span<bool> candidate, int i)
    {
        if (candidate[i])
        {
            return 0;
        }
        candidate[i] = true;
        return 1;
    }

    private static int Mark(Span<bool> candidate, int[] alternatives)
    {
        var marked = 0;
        foreach (var i in alternatives)
        {
            marked += Mark(candidate, i);
        }
        return marked;
    }

    private static Dictionary<string, int[]> Group(
        IReadOnlyList<(string Expression, IReadOnlySet<string> Words, IReadOnlySet<string> Prefixes)> alternatives,
        Func<(string Expression, IReadOnlySet<string> Words, IReadOnlySet<string> Prefixes), IReadOnlySet<string>> needed)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < alternatives.Count; i++)
        {
            foreach (var word in needed(alternatives[i]))
            {
                if (!groups.TryGetValue(word, out var list))
                {
                    groups[word] = list = [];
                }
                list.Add(i);
            }
        }
        return groups.ToDictionary(g => g.Key, g => g.Value.ToArray(), StringComparer.Ordinal);
    }
}
