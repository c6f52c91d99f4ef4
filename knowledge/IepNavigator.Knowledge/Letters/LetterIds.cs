namespace IepNavigator.Knowledge.Letters;

/// <summary>The contract's letter template ids (knowledge-contract.md; templates in content/letters/). Stable: add, never rename.</summary>
public static class LetterIds
{
    public const string ConcernsLog = "concerns-log";
    public const string EvaluationRequest = "evaluation-request";
    public const string RecordsRequest = "records-request";
    public const string PriorWrittenNoticeRequest = "prior-written-notice-request";
    public const string EvaluationReportRequest = "evaluation-report-request";
    public const string IeeRequest = "iee-request";
    public const string IeeFollowUp = "iee-follow-up";
    public const string ProgressDataRequest = "progress-data-request";
    public const string IepMeetingRequest = "iep-meeting-request";
    public const string ParentConcernsStatement = "parent-concerns-statement";
    public const string ReevaluationRequest = "reevaluation-request";
    public const string Section504Request = "section-504-request";
    public const string FbaRequest = "fba-request";
    public const string EsyRequest = "esy-request";
    public const string ServicesNotDelivered = "services-not-delivered";
    public const string OverdueTimeline = "overdue-timeline";

    // Added by the legal review (2026-12-06); each needs its template in both languages before a step offers it.
    public const string ManifestationReviewRequest = "manifestation-review-request";
    public const string ExpeditedEvaluationRequest = "expedited-evaluation-request";
    public const string StayPutNotice = "stay-put-notice";
    public const string StateComplaint = "state-complaint";
    public const string DueProcessComplaint = "due-process-complaint";
    public const string OcrComplaint = "ocr-complaint";
    public const string ConsentRevocation = "consent-revocation";
    public const string FollowUp = "follow-up";
}
