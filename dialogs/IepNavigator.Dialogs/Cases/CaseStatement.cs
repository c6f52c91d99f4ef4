using System.Collections;

namespace IepNavigator.Dialogs.Cases;

/// <summary>
/// What the parent stated about one case in one go, in the contract's terms: values (a <see cref="CaseFacts"/> delta),
/// facts they do not know, facts that have not happened, and which stated dates are approximate. Apply it with
/// <see cref="CaseRecord.Apply"/> to learn what changed. Names are <see cref="FactNames"/>.
/// </summary>
public sealed record CaseStatement
{
    public static CaseStatement Empty { get; } = new();

    /// <summary>The values stated; unknown (null) facts of this record say nothing.</summary>
    public CaseFacts Facts { get; init; } = new();

    /// <summary>Facts answered "I don't know".</summary>
    public IReadOnlyCollection<string> Unknown { get; init; } = [];

    /// <summary>Facts answered "it hasn't happened".</summary>
    public IReadOnlyCollection<string> NotYet { get; init; } = [];

    /// <summary>Stated dates the parent gave only roughly ("in April": <see cref="DatePrecision.Month"/>).</summary>
    public IReadOnlyDictionary<string, DatePrecision> Approximate { get; init; } = new Dictionary<string, DatePrecision>();

    /// <summary>True when it states nothing.</summary>
    public bool IsEmpty => Unknown.Count == 0 && NotYet.Count == 0 && !CaseFactFields.Known(Facts).Any();

    /// <summary>One fact's value (of the type <see cref="CaseFactFields"/> gives it), optionally approximate.</summary>
    public static CaseStatement Of(string fact, object value, DatePrecision? precision = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        var field = CaseFactFields.Get(fact);
        return new CaseStatement
        {
            Facts = field.Write(new CaseFacts(), value),
            Approximate = precision is { } p && p != DatePrecision.Day
                ? new Dictionary<string, DatePrecision>(StringComparer.Ordinal) { [fact] = p }
                : new Dictionary<string, DatePrecision>(),
        };
    }

    /// <summary>One fact answered without a value.</summary>
    public static CaseStatement Answered(string fact, FactAnswer answer)
    {
        CaseFactFields.Get(fact);
        return answer == FactAnswer.Unknown ? new CaseStatement { Unknown = [fact] } : new CaseStatement { NotYet = [fact] };
    }
}

/// <summary>One fact a statement changed: its value and its answer before and after (a value, or "unknown"/"none").</summary>
public sealed record FactChange(string Fact, object? Before, object? After, FactAnswer? AnsweredBefore = null, FactAnswer? AnsweredAfter = null);

/// <summary>The facts a statement changed, in contract order (a consequence such as the stage moving comes last).</summary>
public sealed class FactChanges(IReadOnlyList<FactChange> changes) : IReadOnlyList<FactChange>
{
    public static FactChanges None { get; } = new([]);

    public int Count => changes.Count;

    public FactChange this[int index] => changes[index];

    /// <summary>The names of the changed facts.</summary>
    public IEnumerable<string> Names => changes.Select(c => c.Fact);

    public bool Contains(string fact) => changes.Any(c => c.Fact == fact);

    public IEnumerator<FactChange> GetEnumerator() => changes.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
