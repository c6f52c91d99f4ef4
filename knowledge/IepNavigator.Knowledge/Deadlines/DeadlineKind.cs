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
    /// <summary>The expedited hearing of a discipline appeal (34 CFR 300.532(c)(2)), in place of the 45-day decision.</summary>
    ExpeditedHearing,
}
