using System.Collections.Concurrent;

namespace IepNavigator.Understanding.Lexicon;

/// <summary>
/// Every word and stem that any phrase set needs, numbered once for the whole vocabulary, with the sets that need each.
/// A text's words are looked up here once (<see cref="TextWords"/>), and every set's pre-check and index then ask by number
/// instead of each set looking up each of the text's words and trying each of its stems on each of them: with a few
/// hundred sets asked about every clause, those per-set loops were the largest part of the phrase engine's CPU.
/// </summary>
internal static class NeededWords
{
    private static readonly ConcurrentDictionary<string, Entry> Entries = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> BySpan = Entries.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Lock Gate = new();
    private static int count;
    private static int sets;
    private static int longest;
    private static int version;

    /// <summary>Numbers handed out so far (every number is below it).</summary>
    public static int Count => Volatile.Read(ref count);

    /// <summary>Sets registered so far.</summary>
    public static int Sets => Volatile.Read(ref sets);

    /// <summary>The longest needed word or stem: no longer piece of a text needs looking up.</summary>
    public static int Longest => Volatile.Read(ref longest);

    /// <summary>Changes after every registration, so a text's words looked up before it are looked up again.</summary>
    public static int Version => Volatile.Read(ref version);

    /// <summary>
    /// What <paramref name="piece"/> is: absent (false) when no needed word or stem starts with it, so no longer piece from
    /// the same place needs looking up; else an entry whose <see cref="Entry.Id"/> is its number, or -1 when it is only the
    /// start of longer ones.
    /// </summary>
    public static bool TryFind(ReadOnlySpan<char> piece, out Entry entry) => BySpan.TryGetValue(piece, out entry!);

    /// <summary>The number of a needed word or stem.</summary>
    public static int Id(string needed)
    {
        ArgumentNullException.ThrowIfNull(needed);
        if (Entries.TryGetValue(needed, out var known) && known.Id >= 0)
        {
            return known.Id;
        }
        lock (Gate)
        {
            var id = EntryOf(needed).Id;
            Volatile.Write(ref version, version + 1);
            return id;
        }
    }

    /// <summary>A set's number; the set may match a text that holds one of <paramref name="words"/> or a word starting with one of <paramref name="stems"/>.</summary>
    public static int RegisterSet(IEnumerable<string> words, IEnumerable<string> stems)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(stems);
        lock (Gate)
        {
            var set = sets;
            foreach (var word in words)
            {
                var entry = EntryOf(word);
                entry.SetsNeedingWord = [.. entry.SetsNeedingWord, set];
            }
            foreach (var stem in stems)
            {
                var entry = EntryOf(stem);
                if (Array.IndexOf(entry.SetsNeedingStem, set) < 0)
                {
                    entry.SetsNeedingStem = [.. entry.SetsNeedingStem, set];
                }
            }
            Volatile.Write(ref sets, set + 1);
            Volatile.Write(ref version, version + 1);
            return set;
        }
    }

    private static Entry EntryOf(string needed)
    {
        if (Entries.TryGetValue(needed, out var entry) && entry.Id >= 0)
        {
            return entry;
        }
        // Its starts first, so a reader that finds the whole also finds every shorter piece on the way to it.
        for (var length = 1; length < needed.Length; length++)
        {
            Entries.TryAdd(needed[..length], Entry.StartOnly);
        }
        entry = new Entry(count);
        Entries[needed] = entry;
        Volatile.Write(ref count, count + 1);
        Volatile.Write(ref longest, Math.Max(longest, needed.Length));
        return entry;
    }

    /// <summary>One needed word or stem: its number and the sets whose pre-check it passes (as a whole word, as a word's start).</summary>
    internal sealed class Entry(int id)
    {
        /// <summary>The start of longer needed words or stems, needed by no set itself.</summary>
        public static readonly Entry StartOnly = new(-1);

        public int Id { get; } = id;

        /// <summary>Replaced, never changed in place, so a reader on another thread sees a whole list.</summary>
        public int[] SetsNeedingWord { get; set; } = [];

        public int[] SetsNeedingStem { get; set; } = [];
    }
}
