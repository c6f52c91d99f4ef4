namespace IepNavigator.Knowledge.Deadlines;

/// <summary>One timeline of state-timelines.json: so many days (or years) of a unit from a trigger.</summary>
internal sealed record Timeline
{
    public int Days { get; init; }
    /// <summary>calendar | school | business | calendar-excluding-breaks | calendar-excluding-summer | years.</summary>
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
    public string? Notes { get; init; }

    public bool IsSecondary => Confidence.StartsWith('S');
}
