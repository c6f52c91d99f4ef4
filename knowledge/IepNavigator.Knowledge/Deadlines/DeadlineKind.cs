namespace IepNavigator.Knowledge.Deadlines;

/// <summary>The timelines the advisor tracks. Names map to kebab-case keys in phrases.json.</summary>
internal enum DeadlineKind
{
    InitialEvaluation,
    EvaluationResponse,
    InitialIepMeeting,
    RecordsAccess,
    AnnualReview,
    Reevaluation,
    ManifestationDetermination,
    StateComplaintWindow,
    DueProcessWindow,
    OcrComplaintWindow,
    ResolutionMeeting,
    ResolutionPeriod,
    HearingDecision,
}
