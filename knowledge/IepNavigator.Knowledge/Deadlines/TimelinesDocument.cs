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
}
