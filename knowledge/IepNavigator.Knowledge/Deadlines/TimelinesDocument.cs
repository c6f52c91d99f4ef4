namespace IepNavigator.Knowledge.Deadlines;

/// <summary>state-timelines.json: the federal defaults and each listed state's own timelines.</summary>
internal sealed record TimelinesDocument(FederalTimelines Federal, IReadOnlyList<StateTimelines> States);

internal sealed record FederalTimelines
{
    public required Timeline InitialEvaluation { get; init; }
    public required Timeline InitialIepMeeting { get; init; }
    public required Timeline RecordsAccess { get; init; }
    public required Timeline AnnualReview { get; init; }
    public required Timeline Reevaluation { get; init; }
    public required Timeline ManifestationDetermination { get; init; }
    public required Timeline StateComplaintWindow { get; init; }
    public required Timeline DueProcessWindow { get; init; }
    /// <summary>A Section 504 complaint to the Office for Civil Rights: 180 days from the act (34 CFR 100.7(b)).</summary>
    public required Timeline OcrComplaintWindow { get; init; }
    /// <summary>The resolution meeting after a parent's due process complaint (34 CFR 300.510(a)).</summary>
    public required Timeline ResolutionMeeting { get; init; }
    /// <summary>The resolution period after which the hearing may go ahead (34 CFR 300.510(b)).</summary>
    public required Timeline ResolutionPeriod { get; init; }
    /// <summary>The hearing decision, counted from the end of the resolution period (34 CFR 300.515(a)).</summary>
    public required Timeline HearingDecision { get; init; }
    /// <summary>A complaint about a disciplinary placement or manifestation decision: its resolution meeting in 7 days (34 CFR 300.532(c)(3)(i)).</summary>
    public required Timeline ExpeditedResolutionMeeting { get; init; }
    /// <summary>The expedited hearing may go ahead unless resolved within 15 days (34 CFR 300.532(c)(3)(ii)).</summary>
    public required Timeline ExpeditedResolutionPeriod { get; init; }
    /// <summary>The expedited hearing itself, within 20 school days of the complaint (34 CFR 300.532(c)(2)).</summary>
    public required Timeline ExpeditedHearing { get; init; }
}

/// <summary>A state's own timelines; any left null fall back to the federal one.</summary>
internal sealed record StateTimelines
{
    public required string State { get; init; }
    public required string Name { get; init; }
    public required Timeline InitialEvaluation { get; init; }
    public Timeline? EvaluationResponse { get; init; }
    public Timeline? InitialIepMeeting { get; init; }
    public Timeline? RecordsAccess { get; init; }
    /// <summary>The state's own limit for requesting a due process hearing (34 CFR 300.507(a)(2) lets states set one).</summary>
    public Timeline? DueProcessWindow { get; init; }
}
