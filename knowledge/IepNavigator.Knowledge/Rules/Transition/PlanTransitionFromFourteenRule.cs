using IepNavigator.Knowledge.Steps;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Rules.Model;
using NRules.Fluent.Dsl;

namespace IepNavigator.Knowledge.Rules.Transition;

/// <summary>An IEP and a child of 14 or more: transition planning (required in the IEP in effect at 16, 34 CFR 300.320(b)).</summary>
internal sealed class PlanTransitionFromFourteenRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;
        CaseContext context = null!;

        When()
            .Match(() => facts, f => f.HasIep(), f => f.ChildAge != null)
            .Match(() => context, c => facts.ChildAge >= c.Policy.TransitionPlanningAge);

        Then()
            .Yield(_ => new Recommendation(StepIds.PlanTransition,
                facts.ChildAge >= context.Policy.TransitionRequiredAge ? "sixteen-plus" : "fourteen-plus",
                facts.ChildAge >= context.Policy.TransitionRequiredAge ? Urgency.Soon : Urgency.WhenReady, null));
    }
}
