using System.Collections.Concurrent;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Content;

namespace IepNavigator.Dialogs.Cases;

/// <summary>
/// Recent advice by (the case's facts as contract JSON, today, language). Advice depends on nothing else (the rules and
/// content are fixed for the life of the process) and is immutable, so one turn's advice can answer the next
/// turn's "why" or letter step without running the rule engine again. Bounded: when full it starts over,
/// which costs at most one recomputation per case.
/// </summary>
internal sealed class AdviceCache
{
    private readonly int _capacity;
    private readonly ConcurrentDictionary<(string FactsJson, DateOnly Today, string Language), Advice> _entries = new();

    public AdviceCache(int capacity = 1024)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    public int Count => _entries.Count;

    public Advice GetOrAdd(string factsJson, DateOnly today, Func<Advice> advise)
    {
        var key = (factsJson, today, ContentLanguage.Current);
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
}
