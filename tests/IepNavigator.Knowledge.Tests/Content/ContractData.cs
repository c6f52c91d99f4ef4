namespace IepNavigator.Knowledge.Tests.Content;

/// <summary>The step and letter ids of knowledge-contract.md, copied as the test's expectation.</summary>
internal static class ContractData
{
    public static readonly (string StepId, string? Letter)[] StepLetters =
    [
        ("document-concerns", "concerns-log"),
        ("request-evaluation", "evaluation-request"),
        ("put-request-in-writing", "evaluation-request"),
        ("request-records", "records-request"),
        ("request-prior-written-notice", "prior-written-notice-request"),
        ("request-evaluation-report", "evaluation-report-request"),
        ("request-iee", "iee-request"),
        ("follow-up-iee", "iee-follow-up"),
        ("review-iep-paperwork", null),
        ("request-progress-data", "progress-data-request"),
        ("request-iep-meeting", "iep-meeting-request"),
        ("write-parent-concerns", "parent-concerns-statement"),
        ("request-reevaluation", "reevaluation-request"),
        ("consider-section-504", "section-504-request"),
        ("request-fba-bip", "fba-request"),
        ("manifestation-determination", "manifestation-review-request"),
        ("request-esy", "esy-request"),
        ("plan-transition", null),
        ("request-services-delivered", "services-not-delivered"),
        ("escalate-overdue-timeline", "overdue-timeline"),
        ("request-facilitated-meeting-or-mediation", null),
        ("file-state-complaint", "state-complaint"),
        ("consider-due-process", "due-process-complaint"),
        ("contact-parent-center", null),
        ("book-advocate", null),
        ("learn-state-process", null),
        ("request-services-during-removal", null),
        ("request-expedited-evaluation", "expedited-evaluation-request"),
        ("request-expedited-hearing", null),
        ("invoke-stay-put", "stay-put-notice"),
        ("file-ocr-complaint", "ocr-complaint"),
        ("revoke-consent", "consent-revocation"),
        // The due process clocks after filing (dueProcessFiledOn), added by issue 19: dated steps, no letter.
        ("prepare-resolution-meeting", null),
        ("prepare-for-hearing", null),
        ("expect-hearing-decision", null),
    ];

    public static IEnumerable<string> StepIds => StepLetters.Select(s => s.StepId);

    public static readonly string[] LetterIds =
    [
        "concerns-log", "evaluation-request", "records-request", "prior-written-notice-request",
        "evaluation-report-request", "iee-request", "iee-follow-up", "progress-data-request", "iep-meeting-request",
        "parent-concerns-statement", "reevaluation-request", "section-504-request", "fba-request", "esy-request",
        "services-not-delivered", "overdue-timeline", "manifestation-review-request", "expedited-evaluation-request",
        "stay-put-notice", "state-complaint", "due-process-complaint", "ocr-complaint", "consent-revocation", "follow-up",
    ];
}
