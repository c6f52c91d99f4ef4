using IepNavigator.Knowledge.Facts;
using IepNavigator.Triage.Packets;

namespace IepNavigator.Triage.Tests.Infrastructure;

/// <summary>
/// The four families of issue 25, as the chat hands them off: a California discipline emergency, a Texas evaluation
/// request ignored for three months, a parent who declines, a Spanish-speaking Florida parent.
/// </summary>
internal static class Families
{
    private static readonly DateOnly Today = Cases.Today;

    /// <summary>Suspended 12 days; the school decided an expulsion-track change of placement 3 days ago; the parent sent an FBA request.</summary>
    public static TriageRequest CaliforniaDiscipline(string owner = "webchat/ca-parent") => new()
    {
        OwnerUserId = owner,
        CaseId = "case-ca",
        Language = "en",
        Facts = new CaseFacts
        {
            Today = Today,
            State = "CA",
            Stage = Stage.Discipline,
            DaysRemovedThisYear = 12,
            DisciplineChangeOfPlacementOn = Today.AddDays(-3),
            BehaviorConcerns = true,
            HasBehaviorPlan = false,
            HasIep = true,
        },
        ConsentToShare = true,
        ConsentToShareOwnWords = true,
        ParentWords = "They want to send him to the district's alternative school after the fight.",
        Contact = new ContactPreference { Method = ContactMethod.Phone, Address = "5551234567", Name = "Dana Carter", PreferredLanguage = "en" },
        Availability = "weekday evenings after 6",
        Child = new ChildSummary { Name = "Tyler Carter", DateOfBirth = "2015-03-14", Grade = "6th", School = "Lincoln Middle School", District = "Fresno Unified" },
        Ledger =
        [
            new LedgerEntry { LetterId = "fba-request", StepId = "request-fba-bip", DraftedOn = Today.AddDays(-6), SentOn = Today.AddDays(-5), SentHow = "email", AnswerDueOn = Today.AddDays(10) },
        ],
    };

    /// <summary>Asked in writing 95 days ago; the school's answer was due three weeks later and never came.</summary>
    public static TriageRequest TexasIgnored(string owner = "webchat/tx-parent") => new()
    {
        OwnerUserId = owner,
        CaseId = "case-tx",
        Language = "en",
        Facts = new CaseFacts
        {
            Today = Today,
            State = "TX",
            Stage = Stage.EvaluationRequested,
            Concerns = [ConcernArea.Reading, ConcernArea.Attention],
            EvaluationRequestedOn = Today.AddDays(-95),
            RequestInWriting = true,
        },
        ConsentToShare = true,
        Contact = new ContactPreference { Method = ContactMethod.Email, Address = "parent@example.org" },
        Child = new ChildSummary { Name = "Maya" },
        Ledger =
        [
            new LedgerEntry { LetterId = "evaluation-request", StepId = "request-evaluation", DraftedOn = Today.AddDays(-96), SentOn = Today.AddDays(-95), SentHow = "mail", AnswerDueOn = Today.AddDays(-74) },
            new LedgerEntry { LetterId = "records-request", DraftedOn = Today.AddDays(-40), SentOn = Today.AddDays(-40), AnswerDueOn = Today.AddDays(-5), AnsweredOn = Today.AddDays(-8), SchoolAnswer = "They said the records are ready to pick up at the front office." },
        ],
    };

    /// <summary>A parent who says no to sharing.</summary>
    public static TriageRequest Declined(string owner = "webchat/declined") => TexasIgnored(owner) with { ConsentToShare = false };

    /// <summary>A Spanish-speaking parent in Florida who asked for an evaluation last month; wants Spanish; cannot pay.</summary>
    public static TriageRequest FloridaSpanish(string owner = "webchat/fl-parent") => new()
    {
        OwnerUserId = owner,
        CaseId = "case-fl",
        Language = "es",
        Facts = new CaseFacts
        {
            Today = Today,
            State = "FL",
            Stage = Stage.EvaluationRequested,
            Concerns = [ConcernArea.SpeechLanguage],
            EvaluationRequestedOn = Today.AddDays(-30),
            RequestInWriting = true,
            ConsentSignedOn = Today.AddDays(-20),
        },
        ConsentToShare = true,
        ConsentToShareOwnWords = true,
        ParentWords = "Mi hija casi no habla en la escuela y la maestra dice que hay que esperar.",
        Contact = new ContactPreference { Method = ContactMethod.Text, Address = "3055550199", Name = "Lucía Gómez", PreferredLanguage = "es" },
        Availability = "por la mañana",
        Child = new ChildSummary { Name = "Sofía", Grade = "2º" },
        CanPayForAdvocate = false,
    };
}
