using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Knowledge.Rules.Model;

/// <summary>
/// Small questions the rules ask of the facts. Rule conditions are expression trees, which cannot use
/// patterns or ?. operators, so the readable forms live here. Unknown (null) never counts as yes.
/// </summary>
internal static class CaseFactsQueries
{
    public static bool HasConcerns(this CaseFacts f) => f.Concerns is { Count: > 0 };

    public static bool HasConcern(this CaseFacts f, ConcernArea area) => f.Concerns?.Contains(area) == true;

    /// <summary>Worried and nothing asked yet, stated or implied by the facts when the stage is unknown.</summary>
    public static bool IsConcerned(this CaseFacts f) =>
        f.Stage == Stage.Concerned || (f.Stage is null && f.HasConcerns() && !f.EvaluationStarted() && !f.HasIep());

    /// <summary>An evaluation was asked for, consented to or done.</summary>
    public static bool EvaluationStarted(this CaseFacts f) =>
        f.EvaluationRequestedOn is not null || f.ConsentSignedOn is not null || f.EvaluationDone()
        || f.Stage is Stage.EvaluationRequested;

    /// <summary>The school's evaluation is finished (whatever the eligibility outcome).</summary>
    public static bool EvaluationDone(this CaseFacts f) =>
        f.EvaluationCompletedOn is not null || f.EligibilityDecidedOn is not null
        || f.Stage is Stage.EvaluationComplete or Stage.NotEligible;

    /// <summary>The child has an IEP, stated or implied by a past annual review.</summary>
    public static bool HasIep(this CaseFacts f) => f.Stage == Stage.IepInPlace || f.LastIepReviewOn is not null;

    /// <summary>The child has an IEP or a 504 plan, so there are services to deliver.</summary>
    public static bool HasPlan(this CaseFacts f) => f.HasIep() || f.Stage == Stage.Plan504;

    /// <summary>A dispute is under way or the school has said no.</summary>
    public static bool InDispute(this CaseFacts f) =>
        f.Stage is Stage.Disagreement or Stage.NotEligible || f.DisagreesWithEvaluation == true
        || f.SchoolRefusedEvaluation == true;

    public static bool MeetingAhead(this CaseFacts f, DateOnly today) =>
        f.IepMeetingOn is { } meeting && meeting >= today;
}
