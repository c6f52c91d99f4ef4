namespace IepNavigator.Knowledge.Deadlines;

/// <summary>
/// A computed, still-open timeline: when it is due, the sentence saying what it counts from, and whether it has
/// passed. <see cref="SchoolDuty"/> is true when the school must act by the date (a passed one is a violation);
/// false for a parent's filing window. A class so each deadline is its own fact in the rule session.
/// </summary>
internal sealed class Deadline(DeadlineKind kind, DateOnly startsOn, DateOnly dueBy, string rule, bool passed, bool schoolDuty)
{
    public DeadlineKind Kind { get; } = kind;
    public DateOnly StartsOn { get; } = startsOn;
    public DateOnly DueBy { get; } = dueBy;
    public string Rule { get; } = rule;
    public bool Passed { get; } = passed;
    public bool SchoolDuty { get; } = schoolDuty;
    /// <summary>The timeline behind it comes from a secondary source only.</summary>
    public bool Secondary { get; init; }

    public override string ToString() => $"{Kind} due {DueBy:yyyy-MM-dd}{(Passed ? " (passed)" : "")}";
}
