namespace IepNavigator.Knowledge.Steps;

/// <summary>The contract's step ids (knowledge-contract.md). Stable: add, never rename.</summary>
public static class StepIds
{
    public const string DocumentConcerns = "document-concerns";
    public const string RequestEvaluation = "request-evaluation";
    public const string PutRequestInWriting = "put-request-in-writing";
    public const string RequestRecords = "request-records";
    public const string RequestPriorWrittenNotice = "request-prior-written-notice";
    public const string RequestEvaluationReport = "request-evaluation-report";
    public const string RequestIee = "request-iee";
    public const string FollowUpIee = "follow-up-iee";
    public const string ReviewIepPaperwork = "review-iep-paperwork";
    public const string RequestProgressData = "request-progress-data";
    public const string RequestIepMeeting = "request-iep-meeting";
    public const string WriteParentConcerns = "write-parent-concerns";
    public const string RequestReevaluation = "request-reevaluation";
    public const string ConsiderSection504 = "consider-section-504";
    public const string RequestFbaBip = "request-fba-bip";
    public const string ManifestationDetermination = "manifestation-determination";
    public const string RequestEsy = "request-esy";
    public const string PlanTransition = "plan-transition";
    public const string RequestServicesDelivered = "request-services-delivered";
    public const string EscalateOverdueTimeline = "escalate-overdue-timeline";
    public const string RequestFacilitatedMeetingOrMediation = "request-facilitated-meeting-or-mediation";
    public const string FileStateComplaint = "file-state-complaint";
    public const string ConsiderDueProcess = "consider-due-process";
    public const string ContactParentCenter = "contact-parent-center";
    public const string BookAdvocate = "book-advocate";
    public const string LearnStateProcess = "learn-state-process";
    public const string RequestServicesDuringRemoval = "request-services-during-removal";
    public const string RequestExpeditedEvaluation = "request-expedited-evaluation";
    public const string RequestExpeditedHearing = "request-expedited-hearing";
    public const string InvokeStayPut = "invoke-stay-put";
    public const string FileOcrComplaint = "file-ocr-complaint";
    public const string RevokeConsent = "revoke-consent";

    // The due process clocks after a complaint is filed (dueProcessFiledOn; 34 CFR 300.510, 300.515), added by issue 19.
    public const string PrepareResolutionMeeting = "prepare-resolution-meeting";
    public const string PrepareForHearing = "prepare-for-hearing";
    public const string ExpectHearingDecision = "expect-hearing-decision";
}
