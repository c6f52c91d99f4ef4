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
        f.Stage == Stage.Concerned || (f.Stage is null && f.HasConcerns() && !f.EvaluationStarted() && !f.HasAnIep());

    /// <summary>An evaluation was asked for, consented to or done.</summary>
    public static bool EvaluationStarted(this CaseFacts f) =>
        f.EvaluationRequestedOn is not null || f.ConsentSignedOn is not null || f.EvaluationDone()
        || f.Stage is Stage.EvaluationRequested;

    /// <summary>The school's evaluation is finished (whatever the eligibility outcome).</summary>
    public static bool EvaluationDone(this CaseFacts f) =>
        f.EvaluationCompletedOn is not null || f.EligibilityDecidedOn is not null
        || f.Stage is Stage.EvaluationComplete or Stage.NotEligible;

    /// <summary>The child has an IEP: the stage says so, a past annual review implies it, or the parent said so.</summary>
    public static bool HasAnIep(this CaseFacts f) => f.Stage == Stage.IepInPlace || f.LastIepReviewOn is not null || f.HasIep == true;

    /// <summary>The parent said the child has no IEP yet (not yet found eligible for special education).</summary>
    public static bool NotYetEligible(this CaseFacts f) => f.HasIep == false && f.Stage != Stage.IepInPlace && f.LastIepReviewOn is null;

    /// <summary>The child has an IEP or a 504 plan, so there are services to deliver.</summary>
    public static bool HasPlan(this CaseFacts f) => f.HasAnIep() || f.Stage == Stage.Plan504;

    /// <summary>
    /// The school only suggested waiting or trying interventions, and no evaluation was ever asked for: nothing was
    /// refused, so the advice never says "again" or "turned down".
    /// </summary>
    public static bool OnlySuggestedWaiting(this CaseFacts f) =>
        f.SchoolSuggestedWaiting == true && f.EvaluationRequestedOn is null && f.Stage != Stage.EvaluationRequested;

    /// <summary>The school said no to (or put off) an evaluation the parent asked for.</summary>
    public static bool RefusedARequest(this CaseFacts f) => f.SchoolRefusedEvaluation == true && !f.OnlySuggestedWaiting();

    /// <summary>A dispute is under way or the school has said no.</summary>
    public static bool InDispute(this CaseFacts f) =>
        f.Stage is Stage.Disagreement or Stage.NotEligible || f.DisagreesWithEvaluation == true
        || f.RefusedARequest() || f.DisputedActionOn is not null;

    /// <summary>
    /// A disagreement a due process hearing can decide (34 CFR 300.507(a)): the disagreement stage, a disputed
    /// ineligibility finding, or any school action the parent dated as disputed; not a Section 504 plan's dispute,
    /// which has its own hearing (34 CFR 104.36).
    /// </summary>
    public static bool InIdeaDispute(this CaseFacts f) =>
        f.Stage != Stage.Plan504
        && (f.Stage == Stage.Disagreement || (f.Stage == Stage.NotEligible && f.DisagreesWithEvaluation == true) || f.DisputedActionOn is not null);

    /// <summary>Discipline is under way: the stage says so, or the school decided a disciplinary change of placement.</summary>
    public static bool InDiscipline(this CaseFacts f) => f.Stage == Stage.Discipline || f.DisciplineChangeOfPlacementOn is not null;

    /// <summary>
    /// The IDEA discipline protections of a child with a disability may apply: the child has an IEP, or it is not
    /// known that it has none (a child not yet eligible is protected only through 34 CFR 300.534).
    /// </summary>
    public static bool MayHaveIepProtections(this CaseFacts f) => f.HasAnIep() || f.HasIep != false;

    /// <summary>Removed more than <paramref name="limit"/> school days in a row: a change of placement (34 CFR 300.536(a)(1)).</summary>
    public static bool RemovedInARowOver(this CaseFacts f, int limit) => f.ConsecutiveDaysRemoved > limit;

    /// <summary>Removed more than <paramref name="limit"/> school days in total this year (34 CFR 300.530(b)(2), (d)).</summary>
    public static bool RemovedInTotalOver(this CaseFacts f, int limit) => f.DaysRemovedThisYear > limit || f.ConsecutiveDaysRemoved > limit;

    /// <summary>
    /// The parent disagrees with a decision in this discipline case: a disputed decision is dated, or the stage is a
    /// disagreement.
    /// </summary>
    public static bool DisagreesWithDisciplineDecision(this CaseFacts f) => f.DisputedActionOn is not null || f.Stage == Stage.Disagreement;

    public static bool MeetingAhead(this CaseFacts f, DateOnly today) =>
        f.IepMeetingOn is { } meeting && meeting >= today;

    /// <summary>
    /// An IEP meeting is set from today to <paramref name="withinDays"/> days ahead: a new IEP problem is brought to it
    /// rather than to another meeting (policy <c>setMeetingCoversRequestDays</c>). A past meeting never counts.
    /// </summary>
    public static bool MeetingSetWithin(this CaseFacts f, DateOnly today, int withinDays) =>
        f.IepMeetingOn is { } meeting && meeting >= today && meeting.DayNumber - today.DayNumber <= withinDays;
}
