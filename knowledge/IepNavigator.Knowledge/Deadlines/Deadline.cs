namespace IepNavigator.Knowledge.Deadlines;

/// <summary>
/// A computed, still-open timeline: when it is due, the sentence saying what it counts from, and whether it has
/// passed. <see cref="SchoolDuty"/> is true when the school must act by the date (a passed one is a violation);
/// false for a parent's filing window or a date that only informs. The rules see a case's
/// deadlines together, as one <see cref="Rules.Model.CaseClocks"/> fact.
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
    /// <summary>
    /// The federal default where the state may set its own timeline and ours is not known (the state is unknown or
    /// not in our data): a passed date is not said to be a missed deadline.
    /// </summary>
    public bool Provisional { get; init; }
    /// <summary>Counted in school days or across school breaks, so only as exact as the calendar it used.</summary>
    public bool Estimated { get; init; }
    /// <summary>The rule that sets the date, e.g. "34 CFR 300.301(c)(1)" or "WAC 392-172A-03005".</summary>
    public string Citation { get; init; } = "";
    /// <summary>What started the clock (the timeline's trigger: consent, violation, disputed-action...).</summary>
    public string Trigger { get; init; } = "";
    /// <summary>A clock of the expedited hearing that appeals a discipline decision (34 CFR 300.532(c)), not the regular one.</summary>
    public bool Expedited { get; init; }

    /// <summary>The clock counts from the written evaluation report (PA, TX), not from an eligibility decision.</summary>
    public bool CountsFromEvaluationReport => Trigger == Triggers.EvaluationReport;

    /// <summary>A school deadline whose passing is a violation we can name.</summary>
    public bool Missed => Passed && SchoolDuty && !Provisional;

    public override string ToString() => $"{Kind} due {DueBy:yyyy-MM-dd}{(Passed ? " (passed)" : "")}";
}
