namespace IepNavigator.Understanding.Lexicon;

/// <summary>
/// Which needed words and stems (<see cref="NeededWords"/>) one text holds, and which sets' pre-checks it passes, found
/// in one pass over its space-separated words: each word's starts and whole are looked up once, and, in a word with an
/// inner boundary ("ot/pt", "10/29"), every piece of it. Kept per thread for the last few texts: the readers ask many
/// sets about one clause, but also look at the clause next to it or the clause masked and back (about 140 switches for a
/// 10-clause story), and marking a text seen before costs less than looking its words up again.
/// </summary>
internal sealed class TextWords
{
    [ThreadStatic]
    private static TextWords? last;

    // A number's mark equals generation when this text holds it: nothing is cleared between texts.
    private int[] whole = [];
    private int[] start = [];
    private int[] inner = [];
    private int[] passes = [];
    private int generation;
    private string? text;
    private int version = -1;
    private readonly List<int> held = [];
    private readonly List<int> passing = [];
    private readonly Seen?[] seen = new Seen?[SeenTexts];
    private int nextSeen;

    /// <summary>Texts kept per thread (their numbers, a few hundred bytes each).</summary>
    private const int SeenTexts = 8;

    private const int Whole = 1;
    private const int Start = 2;
    private const int Inner = 4;

    /// <summary>What one text held: each number with how (<see cref="Whole"/>, <see cref="Start"/>, <see cref="Inner"/>) in its low bits, and the sets it passes.</summary>
    private sealed record Seen(string Text, int Version, int[] Held, int[] Passing);

    /// <summary>The needed words of <paramref name="text"/>, looked up again only for another text or a grown vocabulary.</summary>
    public static TextWords Of(string text)
    {
        var words = last ??= new TextWords();
        var current = NeededWords.Version;
        if (!ReferenceEquals(words.text, text) || words.version != current)
        {
            words.Switch(text, current);
        }
        return words;
    }

    /// <summary>Every needed word and stem the text holds in any way (whole, start, inside), each once.</summary>
    public IReadOnlyList<int> Held => held;

    /// <summary>The set's pre-check: one of its words is a word of the text, or one of its stems starts one.</summary>
    public bool Passes(int set) => passes[set] == generation;

    /// <summary>A needed word is in the text as a whole word or inside a word with an inner boundary.</summary>
    public bool HasWord(int id) => whole[id] == generation || inner[id] == generation;

    /// <summary>A needed stem starts a word of the text or sits inside a word with an inner boundary.</summary>
    public bool HasStem(int id) => start[id] == generation || inner[id] == generation;

    private void Switch(string newText, int newVersion)
    {
        foreach (var before in seen)
        {
            if (before is not null && ReferenceEquals(before.Text, newText) && before.Version == newVersion)
            {
                Mark(before);
                return;
            }
        }
        Look(newText, newVersion);
        var kept = new int[held.Count];
        for (var i = 0; i < kept.Length; i++)
        {
            var id = held[i];
            kept[i] = (id << 3) | (whole[id] == generation ? Whole : 0) | (start[id] == generation ? Start : 0) | (inner[id] == generation ? Inner : 0);
        }
        seen[nextSeen] = new Seen(newText, newVersion, kept, [.. passing]);
        nextSeen = (nextSeen + 1) % SeenTexts;
    }

    /// <summary>Marks again what a text seen before held.</summary>
    private void Mark(Seen before)
    {
        NextGeneration();
        text = before.Text;
        version = before.Version;
        foreach (var entry in before.Held)
        {
            var id = entry >> 3;
            held.Add(id);
            if ((entry & Whole) != 0)
            {
                whole[id] = generation;
            }
            if ((entry & Start) != 0)
            {
                start[id] = generation;
            }
            if ((entry & Inner) != 0)
            {
                inner[id] = generation;
            }
        }
        foreach (var set in before.Passing)
        {
            passes[set] = generation;
            passing.Add(set);
        }
    }

    private void NextGeneration()
    {
        var needed = NeededWords.Count;
        if (whole.Length < needed)
        {
            Array.Resize(ref whole, needed);
            Array.Resize(ref start, needed);
            Array.Resize(ref inner, needed);
        }
        if (passes.Length < NeededWords.Sets)
        {
            Array.Resize(ref passes, NeededWords.Sets);
        }
        if (generation == int.MaxValue)
        {
            Array.Clear(whole);
            Array.Clear(start);
            Array.Clear(inner);
            Array.Clear(passes);
            generation = 0;
        }
        generation++;
        held.Clear();
        passing.Clear();
    }

    private void Look(string newText, int newVersion)
    {
        NextGeneration();
        text = newText;
        version = newVersion;
        var longest = NeededWords.Longest;
        var anyWord = false;
        var anyBoundary = false;
        foreach (var range in newText.AsSpan().Split(' '))
        {
            var word = newText.AsSpan(range);
            if (word.IsEmpty)
            {
                continue;
            }
            anyWord = true;
            for (var length = 1; length <= Math.Min(word.Length, longest); length++)
            {
                if (!NeededWords.TryFind(word[..length], out var entry))
                {
                    break;
                }
                if (Sized(entry.Id))
                {
                    Note(entry.Id);
                    start[entry.Id] = generation;
                    Mark(entry.SetsNeedingStem);
                    if (length == word.Length)
                    {
                        whole[entry.Id] = generation;
                        Mark(entry.SetsNeedingWord);
                    }
                }
            }
            if (!Plain(word))
            {
                anyBoundary = true;
                for (var from = 0; from < word.Length; from++)
                {
                    for (var length = 1; length <= Math.Min(word.Length - from, longest); length++)
                    {
                        if (!NeededWords.TryFind(word.Slice(from, length), out var entry))
                        {
                            break;
                        }
                        if (Sized(entry.Id))
                        {
                            Note(entry.Id);
                            inner[entry.Id] = generation;
                        }
                    }
                }
            }
        }
        // An empty stem starts every word and sits inside every word.
        if (NeededWords.TryFind([], out var empty) && Sized(empty.Id) && (anyWord || anyBoundary))
        {
            Note(empty.Id);
            if (anyWord)
            {
                start[empty.Id] = generation;
                Mark(empty.SetsNeedingStem);
            }
            if (anyBoundary)
            {
                inner[empty.Id] = generation;
            }
        }
    }

    /// <summary>A needed word's number, not a start's (-1), and not one registered on another thread after this look began (past the end).</summary>
    private bool Sized(int id) => id >= 0 && id < whole.Length;

    /// <summary>Adds a number to <see cref="Held"/> the first time this text marks it.</summary>
    private void Note(int id)
    {
        if (whole[id] != generation && start[id] != generation && inner[id] != generation)
        {
            held.Add(id);
        }
    }

    private void Mark(int[] sets)
    {
        foreach (var set in sets)
        {
            // A set registered on another thread while this text was looked up is past the end: the vocabulary's version
            // has changed, so the next question about this text looks it up again.
            if (set < passes.Length && passes[set] != generation)
            {
                passes[set] = generation;
                passing.Add(set);
            }
        }
    }

    /// <summary>Only word characters (<c>\w</c>): no <c>\b</c> inside, so a needed word in it is all of it or, for a stem, its start.</summary>
    internal static bool Plain(ReadOnlySpan<char> word)
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
}
