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
    // By number (NeededWords): the alternatives that need each whole word, each stem.
    private readonly (int Word, int[] Alternatives)[] byWord;
    private readonly (int Stem, int[] Alternatives)[] byStem;
    // The same by number, for a text that holds fewer numbers than the set needs: its numbers are looked up instead.
    private readonly FrozenDictionary<int, (int[] ByWord, int[] ByStem)> byNumber;
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
                all.Add(new Requirement([.. r.Words.Select(NeededWords.Id)], [.. r.Prefixes.Select(NeededWords.Id)]));
            }
            return id;
        }).Distinct().ToArray())];
        requirements = [.. all];
        ArgumentNullException.ThrowIfNull(alternatives);
        this.alternatives = [.. alternatives.Select(a => a.Expression)];
        always = [.. Enumerable.Range(0, alternatives.Count).Where(i => alternatives[i].Words.Count == 0 && alternatives[i].Prefixes.Count == 0)];
        byWord = [.. Group(alternatives, a => a.Words).Select(g => (NeededWords.Id(g.Key), g.Value))];
        byStem = [.. Group(alternatives, a => a.Prefixes).Select(g => (NeededWords.Id(g.Key), g.Value))];
        var numbers = new Dictionary<int, (int[] ByWord, int[] ByStem)>();
        foreach (var (word, needing) in byWord)
        {
            numbers[word] = (needing, []);
        }
        foreach (var (stem, needing) in byStem)
        {
            numbers[stem] = (numbers.TryGetValue(stem, out var known) ? known.ByWord : [], needing);
        }
        byNumber = numbers.ToFrozenDictionary();
    }

    public int Count => alternatives.Length;

    public string Alternative(int i) => alternatives[i];

    /// <summary>
    /// Marks in <paramref name="candidate"/> every alternative that could match a text of these words, and returns how
    /// many. A superset of those that match: a needed word of an alternative can only sit in the text as a whole word, a
    /// word's start (a stem), or — in a word with an inner boundary ("ot/pt", "10/29") — anywhere in it.
    /// </summary>
    public int Candidates(TextWords textWords, Span<bool> candidate)
    {
        ArgumentNullException.ThrowIfNull(textWords);
        var count = 0;
        foreach (var i in always)
        {
            count += Mark(candidate, i);
        }
        if (textWords.Held.Count < byNumber.Count)
        {
            foreach (var id in textWords.Held)
            {
                if (byNumber.TryGetValue(id, out var needing))
                {
                    count += (textWords.HasWord(id) ? Mark(candidate, needing.ByWord) : 0) + (textWords.HasStem(id) ? Mark(candidate, needing.ByStem) : 0);
                }
            }
        }
        else
        {
            foreach (var (word, alternativesNeeding) in byWord)
            {
                if (textWords.HasWord(word))
                {
                    count += Mark(candidate, alternativesNeeding);
                }
            }
            foreach (var (stem, alternativesNeeding) in byStem)
            {
                if (textWords.HasStem(stem))
                {
                    count += Mark(candidate, alternativesNeeding);
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

    /// <summary>One required element of a phrase: one of these whole words or stems (by number) must be in the text.</summary>
    private sealed class Requirement(int[] words, int[] stems)
    {
        public bool IsMet(TextWords textWords)
        {
            foreach (var word in words)
            {
                if (textWords.HasWord(word))
                {
                    return true;
                }
            }
            foreach (var stem in stems)
            {
                if (textWords.HasStem(stem))
                {
                    return true;
                }
            }
            return false;
        }
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
