using IepNavigator.Knowledge.Facts;
using IepNavigator.Triage.Packets;

namespace IepNavigator.Triage.Tests.Infrastructure;

/// <summary>Realistic requests as the chat would build them at the end of "talk to an advocate".</summary>
internal static class Cases
{
    public static readonly DateOnly Today = DateOnly.FromDateTime(TriageServices.Start.UtcDateTime);

    /// <summary>A sixth-grader suspended 13 days this year, an IEP meeting in 4 days, no behaviour plan.</summary>
    public static TriageRequest Suspended(string owner = "user-suspended") => Request(owner, new CaseFacts
    {
        State = "WA",
        ChildAge = 11,
        Stage = Stage.Discipline,
        DaysRemovedThisYear = 13,
        BehaviorConcerns = true,
        HasBehaviorPlan = false,
        IepMeetingOn = Today.AddDays(4),
    });

    /// <summary>A parent worried about reading who has not asked for anything yet.</summary>
    public static TriageRequest EarlyConcern(string owner = "user-early") => Request(owner, new CaseFacts
    {
        State = "OH",
        ChildAge = 7,
        Stage = Stage.Concerned,
        Concerns = [ConcernArea.Reading],
    });

    /// <summary>Consent to evaluate signed in June; no evaluation yet, no meeting, no discipline.</summary>
    public static TriageRequest OverdueEvaluation(string owner = "user-overdue") => Request(owner, new CaseFacts
    {
        State = "WA",
        ChildAge = 9,
        Stage = Stage.EvaluationRequested,
        Concerns = [ConcernArea.Reading, ConcernArea.Attention],
        EvaluationRequestedOn = Today.AddDays(-160),
        RequestInWriting = true,
        ConsentSignedOn = Today.AddDays(-150),
    });

    public static TriageRequest Request(string owner, CaseFacts facts) => new()
    {
        OwnerUserId = owner,
        CaseId = "case-1",
        Facts = facts with { Today = Today },
        ConsentToShare = true,
        ConsentToShareOwnWords = true,
        ParentWords = "He comes home crying and says the teacher sends him out every day.",
        Contact = new ContactPreference { Method = ContactMethod.Email, Address = "parent@example.org", Name = "Dana" },
        Availability = "weekday evenings after 6",
        Ledger = [new LedgerEntry { LetterId = "records-request", Title = "Records request", DraftedOn = Today.AddDays(-10), SentOn = Today.AddDays(-9) }],
    };
}
