namespace IepNavigator.Knowledge.Rules.Transition;

/// <summary>
/// 14 or 15 with an IEP and the next annual review dated: the IEP written then runs a year, so it is the one in
/// effect at 16 for a 15-year-old (and for a 14-year-old who turns 16 before it ends) and must include transition
/// goals and services (34 CFR 300.320(b)).
/// </summary>
internal sealed class PlanTransitionBeforeNextReviewRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;
        CaseContext context = null!;
        CaseClocks clocks = null!;

        When()
            .Match(() => facts, f => f.HasAnIep(), f => f.ChildAge != null)
            .Match(() => context, c => facts.ChildAge >= c.Policy.TransitionPlanningAge, c => facts.ChildAge < c.Policy.TransitionRequiredAge)
            .Match(() => clocks, c => c.Running(DeadlineKind.AnnualReview) != null);

        Then()
            .Recommend(_ => new Recommendation(StepIds.PlanTransition,
                facts.ChildAge == context.Policy.TransitionRequiredAge - 1 ? "fifteen" : "fourteen-next-iep",
                facts.ChildAge == context.Policy.TransitionRequiredAge - 1 ? Urgency.Soon : Urgency.WhenReady, clocks.Running(DeadlineKind.AnnualReview)));
    }
}
