namespace IepNavigator.Knowledge.Deadlines;

/// <summary>One timeline of state-timelines.json: so many days (or years) of a unit from a trigger.</summary>
internal sealed record Timeline
{
    public int Days { get; init; }
    /// <summary>calendar | school | business | calendar-excluding-breaks | calendar-excluding-summer | years...</summary>
    public required string Unit { get; init; }
    /// <summary>What the count starts from: consent, referral, request, eligibility...</summary>
    public required string Trigger { get; init; }
    public string? Includes { get; init; }
    public required string Citation { get; init; }
    public required string SourceUrl { get; init; }
    /// <summary>P: official text or agency page; S: secondary source only.</summary>
    public required string Confidence { get; init; }
    /// <summary>The state's evaluation timeline already covers the first IEP meeting or offer.</summary>
    public bool IncludesIepMeeting { get; init; }
    /// <summary>What happens when the clock starts near the end of the school year (TX, IL, MA), or null.</summary>
    public EndOfYearRule? EndOfYear { get; init; }
    public string? Notes { get; init; }

    public bool IsSecondary => Confidence.StartsWith('S');

    /// <summary>The due date of this timeline started on <paramref name="start"/>: the one count the advice and a letter's answer date share.</summary>
    public DateOnly DueFrom(DateOnly start, CaseCalendar days) => days.Add(start, Days, Unit);
}

/// <summary>
/// A state's rule for a clock that starts close to the end of the school year: when the school days left between
/// the start and the last school day are at least <see cref="RemainingAtLeast"/> and fewer than
/// <see cref="RemainingBelow"/>, the due date is <see cref="DueOn"/> instead (plus <see cref="PlusDays"/>).
/// </summary>
internal sealed record EndOfYearRule
{
    public const string June30 = "june-30";
    public const string YearEnd = "year-end";
    public const string BeforeNextYear = "before-next-year";

    public int RemainingAtLeast { get; init; }
    public required int RemainingBelow { get; init; }
    /// <summary>june-30 (of that school year) | year-end (the last school day) | before-next-year (the day before the first school day).</summary>
    public required string DueOn { get; init; }
    public int PlusDays { get; init; }
    public required string Citation { get; init; }
    public required string SourceUrl { get; init; }
}
