namespace IepNavigator.Knowledge.Facts;

/// <summary>The contract's fact names (knowledge-contract.md), as data files, the API and channelData spell them. Stable: add, never rename.</summary>
public static class FactNames
{
    public const string Today = "today";
    public const string State = "state";
    public const string ChildAge = "childAge";
    public const string Stage = "stage";
    public const string Concerns = "concerns";
    public const string ConcernsDocumented = "concernsDocumented";
    public const string EvaluationRequestedOn = "evaluationRequestedOn";
    public const string RequestInWriting = "requestInWriting";
    public const string ConsentSignedOn = "consentSignedOn";
    public const string SchoolRefusedEvaluation = "schoolRefusedEvaluation";
    public const string PriorWrittenNoticeReceived = "priorWrittenNoticeReceived";
    public const string EvaluationCompletedOn = "evaluationCompletedOn";
    public const string HasEvaluationReport = "hasEvaluationReport";
    public const string DisagreesWithEvaluation = "disagreesWithEvaluation";
    public const string EligibilityDecidedOn = "eligibilityDecidedOn";
    public const string LastEvaluationOn = "lastEvaluationOn";
    public const string IepMeetingOn = "iepMeetingOn";
    public const string LastIepReviewOn = "lastIepReviewOn";
    public const string HasRecords = "hasRecords";
    public const string RecordsRequestedOn = "recordsRequestedOn";
    public const string HasProgressReports = "hasProgressReports";
    public const string GoalsMeasurable = "goalsMeasurable";
    public const string MakingProgress = "makingProgress";
    public const string ServicesDelivered = "servicesDelivered";
    public const string RegressionOverBreaks = "regressionOverBreaks";
    public const string DaysRemovedThisYear = "daysRemovedThisYear";
    public const string DisciplineChangeOfPlacementOn = "disciplineChangeOfPlacementOn";
    public const string BehaviorConcerns = "behaviorConcerns";
    public const string HasBehaviorPlan = "hasBehaviorPlan";
    public const string IeeRequestedOn = "ieeRequestedOn";
    public const string SchoolRespondedToIee = "schoolRespondedToIee";
    public const string TriedResolvingWithTeam = "triedResolvingWithTeam";
    public const string SchoolSuggestedWaiting = "schoolSuggestedWaiting";
    public const string DisputedActionOn = "disputedActionOn";
    public const string PlacementChangeProposedOn = "placementChangeProposedOn";
    public const string ConsecutiveDaysRemoved = "consecutiveDaysRemoved";
    public const string DueProcessFiledOn = "dueProcessFiledOn";
    public const string HasIep = "hasIep";
    public const string RemovalsArePattern = "removalsArePattern";
    public const string WantsToStopServices = "wantsToStopServices";
    public const string SchoolBreaks = "schoolBreaks";
    public const string ManifestationReviewHeld = "manifestationReviewHeld";
    public const string BehaviorWasManifestation = "behaviorWasManifestation";
}
