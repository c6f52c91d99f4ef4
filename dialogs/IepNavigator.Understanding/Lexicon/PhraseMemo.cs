using System.Text.RegularExpressions;

namespace IepNavigator.Understanding.Lexicon;

/// <summary>
/// The matches of one message's read, kept for that read: the fact readers ask the same phrase set about the same clause
/// several times (reading a fact, continuing it, telling whether a sentence mentions it, deciding its date), and a match is a
/// function of the set and the text only, so the second ask returns the first answer. Scoped to a read on one thread
/// (<see cref="MessageReader"/> is synchronous), so nothing is kept between messages.
/// </summary>
internal static class PhraseMemo
{
    [ThreadStatic]
    private static Dictionary<(PhraseSet Set, string Text), Match?>? current;

    [ThreadStatic]
    private static Dictionary<(PhraseSet Set, string Text), Match?>? spare;

    /// <summary>Keeps matches until the scope is disposed; a scope inside another shares the outer one's.</summary>
    public static Scope Begin()
    {
        if (current is not null)
        {
            return default;
        }
        current = spare ?? new Dictionary<(PhraseSet, string), Match?>();
        spare = null;
        return new Scope(owns: true);
    }

    public static bool TryGet(PhraseSet set, string text, out Match? match)
    {
        if (current is { } memo)
        {
            return memo.TryGetValue((set, text), out match);
        }
        match = null;
        return false;
    }

    public static void Keep(PhraseSet set, string text, Match? match) => current?.TryAdd((set, text), match);

    public readonly struct Scope : IDisposable
    {
        private readonly bool owns;

        public Scope(bool owns) => this.owns = owns;

        public void Dispose()
        {
            if (!owns || current is not { } memo)
            {
                return;
            }
            current = null;
            memo.Clear();
            spare = memo; // reused by this thread's next read (cleared, its buckets kept)
        }
    }
}
