namespace IepNavigator.Knowledge.Rules.Transition;

/// <summary>
/// An IEP and a child of 14 or more without a coming annual review to date it: transition planning, required in the
/// first IEP in effect at 16 (34 CFR 300.320(b)); at 16 or more it must already be in the IEP.
/// </summary>
internal sealed class PlanTransitionFromFourteenRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;
        CaseContext context = null!;

        When()
            .Match(() => facts, f => f.HasAnIep(), f => f.ChildAge != null)
            .Match(() => context, c => facts.ChildAge >= c.Policy.TransitionPlanningAge)
            // Under sixteen with a review ahead, PlanTransitionBeforeNextReviewRule dates it.
            .Not<CaseClocks>(c => c.Running(DeadlineKind.AnnualReview) != null, c => facts.ChildAge < context.Policy.TransitionRequiredAge);

        Then()
            .Recommend(_ => new Recommendation(StepIds.PlanTransition,
                facts.ChildAge >= context.Policy.TransitionRequiredAge ? "sixteen-plus"
                : facts.ChildAge == context.Policy.TransitionRequiredAge - 1 ? "fifteen-undated" : "fourteen-plus",
                facts.ChildAge >= context.Policy.TransitionPlanningAge + 1 ? Urgency.Soon : Urgency.WhenReady, null));
    }
}
