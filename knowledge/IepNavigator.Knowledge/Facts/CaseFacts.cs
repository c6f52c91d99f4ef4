namespace IepNavigator.Knowledge.Facts;

/// <summary>
/// What is known about one child's case: the input of the knowledge base (knowledge-contract.md).
/// Every field is optional; null means "unknown" ("I don't know" is a valid answer) and the rules must cope.
/// Property names serialize camelCase and must never be renamed.
/// </summary>
public sealed record CaseFacts
{
    /// <summary>The date deadlines are computed from; the caller supplies it (rules never read a clock).</summary>
    public DateOnly? Today { get; init; }
    /// <summary>USPS code: CA, TX, WA, DC, PR...</summary>
    public string? State { get; init; }
    public int? ChildAge { get; init; }
    public Stage? Stage { get; init; }
    public IReadOnlyList<ConcernArea>? Concerns { get; init; }
    public bool? ConcernsDocumented { get; init; }
    public DateOnly? EvaluationRequestedOn { get; init; }
    public bool? RequestInWriting { get; init; }
    public DateOnly? ConsentSignedOn { get; init; }
    public bool? SchoolRefusedEvaluation { get; init; }
    public bool? PriorWrittenNoticeReceived { get; init; }
    public DateOnly? EvaluationCompletedOn { get; init; }
    public bool? HasEvaluationReport { get; init; }
    public bool? DisagreesWithEvaluation { get; init; }
    public DateOnly? EligibilityDecidedOn { get; init; }
    public DateOnly? LastEvaluationOn { get; init; }
    /// <summary>The next scheduled IEP meeting; may be in the future.</summary>
    public DateOnly? IepMeetingOn { get; init; }
    public DateOnly? LastIepReviewOn { get; init; }
    public bool? HasRecords { get; init; }
    public DateOnly? RecordsRequestedOn { get; init; }
    public bool? HasProgressReports { get; init; }
    public bool? GoalsMeasurable { get; init; }
    public bool? MakingProgress { get; init; }
    public bool? ServicesDelivered { get; init; }
    public bool? RegressionOverBreaks { get; init; }
    public int? DaysRemovedThisYear { get; init; }
    public DateOnly? DisciplineChangeOfPlacementOn { get; init; }
    public bool? BehaviorConcerns { get; init; }
    public bool? HasBehaviorPlan { get; init; }
    public DateOnly? IeeRequestedOn { get; init; }
    public bool? SchoolRespondedToIee { get; init; }
    public bool? TriedResolvingWithTeam { get; init; }
    /// <summary>The teacher or school suggested waiting or trying interventions, with no refused request (not <see cref="SchoolRefusedEvaluation"/>).</summary>
    public bool? SchoolSuggestedWaiting { get; init; }
    /// <summary>When the school did, proposed or refused what the parent disputes: starts the complaint and due-process windows.</summary>
    public DateOnly? DisputedActionOn { get; init; }
    /// <summary>The school proposed a change of placement (another school or program).</summary>
    public DateOnly? PlacementChangeProposedOn { get; init; }
    /// <summary>The longest run of consecutive school days removed this year.</summary>
    public int? ConsecutiveDaysRemoved { get; init; }
    /// <summary>A due-process complaint was filed: starts the resolution clocks.</summary>
    public DateOnly? DueProcessFiledOn { get; init; }
    /// <summary>
    /// The child has an IEP now. Asked where the stage does not say (discipline, disagreement): false means not yet
    /// found eligible, which changes the discipline protections (34 CFR 300.534).
    /// </summary>
    public bool? HasIep { get; init; }
    /// <summary>
    /// The school decided that the removals form a pattern, i.e. a change of placement (34 CFR 300.536(a)(2)); false
    /// when it said they do not.
    /// </summary>
    public bool? RemovalsArePattern { get; init; }
    /// <summary>The parent wants to stop all special education services (revoke consent, 34 CFR 300.300(b)(4)).</summary>
    public bool? WantsToStopServices { get; init; }
    /// <summary>
    /// The school's own breaks this school year (winter, spring, summer...), as the parent gives them: school-day
    /// deadlines are then counted with these instead of the typical breaks in holidays.json.
    /// </summary>
    public IReadOnlyList<DateRange>? SchoolBreaks { get; init; }
    /// <summary>
    /// The manifestation determination review was already held (34 CFR 300.530(e)); false when it has not been: then a
    /// disciplinary change of placement still needs it, and once held, disagreeing with it is an expedited appeal (300.532).
    /// </summary>
    public bool? ManifestationReviewHeld { get; init; }
    /// <summary>
    /// What the review decided, as the parent heard it: true when the school said the behavior was a manifestation of the
    /// disability (or of not following the IEP, 300.530(e)(1)), false when it said there was no link.
    /// </summary>
    public bool? BehaviorWasManifestation { get; init; }
}
