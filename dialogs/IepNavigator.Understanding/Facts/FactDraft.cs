using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;

namespace IepNavigator.Understanding.Facts;

/// <summary>
/// The facts a message states, gathered while it is read: values by contract name, what the parent does not know,
/// what has not happened, which dates are vague, and letter details. A later statement in the message wins
/// (GUIDE.md D6); a fact is never both known and unknown.
/// </summary>
internal sealed class FactDraft
{
    private readonly Dictionary<string, object> values = new(StringComparer.Ordinal);
    private readonly HashSet<string> unknown = new(StringComparer.Ordinal);
    private readonly HashSet<string> none = new(StringComparer.Ordinal);
    private readonly HashSet<string> approximate = new(StringComparer.Ordinal);
    private readonly HashSet<string> dayGiven = new(StringComparer.Ordinal);
    private readonly HashSet<string> keptInAnyStage = new(StringComparer.Ordinal);

    public LetterDetails Details { get; set; } = LetterDetails.None;

    public IReadOnlyDictionary<string, object> Values => values;

    public bool Has(string fact) => values.ContainsKey(fact);

    public bool IsSettled(string fact) => values.ContainsKey(fact) || unknown.Contains(fact) || none.Contains(fact);

    public void Set(string fact, object value, bool approximateDate = false, bool dateDayGiven = false)
    {
        values[fact] = value;
        unknown.Remove(fact);
        none.Remove(fact);
        if (dateDayGiven)
        {
            dayGiven.Add(fact);
        }
        else
        {
            dayGiven.Remove(fact);
        }
        if (approximateDate)
        {
            approximate.Add(fact);
        }
        else
        {
            approximate.Remove(fact);
        }
    }

    public void SetUnknown(string fact)
    {
        values.Remove(fact);
        none.Remove(fact);
        approximate.Remove(fact);
        dayGiven.Remove(fact);
        unknown.Add(fact);
    }

    /// <summary>A letter field the parent cannot or will not give (GUIDE.md G1: it goes in "unknown" too).</summary>
    public void SetUnknownField(string field) => unknown.Add(field);

    public void SetNone(string fact)
    {
        values.Remove(fact);
        unknown.Remove(fact);
        approximate.Remove(fact);
        dayGiven.Remove(fact);
        none.Add(fact);
    }

    /// <summary>The message names the plan this fact is about, so no stage filter drops it (facts.json <c>planNamed</c>).</summary>
    public void KeepInAnyStage(string fact) => keptInAnyStage.Add(fact);

    public bool IsKeptInAnyStage(string fact) => keptInAnyStage.Contains(fact);

    public void Remove(string fact)
    {
        values.Remove(fact);
        unknown.Remove(fact);
        none.Remove(fact);
        approximate.Remove(fact);
        dayGiven.Remove(fact);
    }

    public void AddConcerns(IEnumerable<ConcernArea> areas)
    {
        var list = values.TryGetValue(FactNames.Concerns, out var existing) ? (List<ConcernArea>)existing : [];
        foreach (var area in areas)
        {
            if (!list.Contains(area))
            {
                list.Add(area);
            }
        }
        if (list.Count > 0)
        {
            list.Sort();
            values[FactNames.Concerns] = list;
        }
    }

    public CaseFacts ToCaseFacts()
    {
        var facts = new CaseFacts();
        foreach (var (name, value) in values)
        {
            var field = CaseFactFields.Get(name);
            facts = field.Write(facts, value is List<ConcernArea> list ? (IReadOnlyList<ConcernArea>)list.AsReadOnly() : value);
        }
        return facts;
    }

    public IReadOnlySet<string> Unknown => unknown;

    public IReadOnlySet<string> None => none;

    public IReadOnlySet<string> Approximate => approximate;

    /// <summary>Date facts whose day the parent named, hedged or not.</summary>
    public IReadOnlySet<string> DayGiven => dayGiven;
}
