namespace IepNavigator.Knowledge.Deadlines;

/// <summary>The kebab-case key of each deadline kind, as phrases.json names it.</summary>
internal static class DeadlineKeys
{
    public static string Of(DeadlineKind kind) => kind switch
    {
        DeadlineKind.InitialEvaluation => "initial-evaluation",
        DeadlineKind.EvaluationResponse => "evaluation-response",
        DeadlineKind.InitialIepMeeting => "initial-iep-meeting",
        DeadlineKind.RecordsAccess => "records-access",
        DeadlineKind.AnnualReview => "annual-review",
        DeadlineKind.Reevaluation => "reevaluation",
        DeadlineKind.ManifestationDetermination => "manifestation-determination",
        DeadlineKind.StateComplaintWindow => "state-complaint-window",
        DeadlineKind.DueProcessWindow => "due-process-window",
        DeadlineKind.OcrComplaintWindow => "ocr-complaint-window",
        DeadlineKind.ResolutionMeeting => "resolution-meeting",
        DeadlineKind.ResolutionPeriod => "resolution-period",
        DeadlineKind.HearingDecision => "hearing-decision",
        DeadlineKind.ExpeditedHearing => "expedited-hearing",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
