using System.Collections.Concurrent;
using IepNavigator.Knowledge.Advising;

namespace IepNavigator.Dialogs.Cases;

/// <summary>
/// Recent advice by (the case's facts, today, language). Advice depends on nothing else (the rules and content are
/// fixed for the life of the process) and is immutable, so one turn's advice can answer the next turn's "why" or
/// letter step without running the rule engine again. Bounded: when full it starts over, which costs at most one
/// recomputation per case.
/// </summary>
internal sealed class AdviceCache
{
    private readonly int _capacity;
    private readonly ConcurrentDictionary<(CaseFacts Facts, DateOnly Today, string Language), Advice> _entries = new(new KeyComparer());

    public AdviceCache(int capacity = 1024)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    public int Count => _entries.Count;

    public Advice GetOrAdd(CaseFacts facts, DateOnly today, Func<Advice> advise)
    {
        var key = (facts, today, ContentLanguage.Current);
        if (_entries.TryGetValue(key, out var cached))
        {
            return cached;
        }
        var advice = advise();
        if (_entries.Count >= _capacity)
        {
            _entries.Clear();
        }
        _entries[key] = advice;
        return advice;
    }

    /// <summary>Facts compare by value: the record's own equality, except that the concern list compares by its items.</summary>
    private sealed class KeyComparer : IEqualityComparer<(CaseFacts Facts, DateOnly Today, string Language)>
    {
        public bool Equals((CaseFacts Facts, DateOnly Today, string Language) x, (CaseFacts Facts, DateOnly Today, string Language) y) =>
            x.Today == y.Today && x.Language == y.Language && SameFacts(x.Facts, y.Facts);

        public int GetHashCode((CaseFacts Facts, DateOnly Today, string Language) key)
        {
            var hash = new HashCode();
            hash.Add(key.Today);
            hash.Add(key.Language);
            hash.Add(key.Facts.Concerns is null ? key.Facts : key.Facts with { Concerns = null });
            foreach (var area in key.Facts.Concerns ?? [])
            {
                hash.Add(area);
            }
            return hash.ToHashCode();
        }

        private static bool SameFacts(CaseFacts x, CaseFacts y) =>
            x.Equals(y)
            || ((x.Concerns ?? []).SequenceEqual(y.Concerns ?? []) && (x.Concerns is null) == (y.Concerns is null) && (x with { Concerns = y.Concerns }).Equals(y));
    }
}
