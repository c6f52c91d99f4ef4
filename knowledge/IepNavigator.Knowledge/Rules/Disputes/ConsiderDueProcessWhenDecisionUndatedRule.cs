using IepNavigator.Knowledge.Steps;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Deadlines;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Rules.Model;
using NRules.Fluent.Dsl;

namespace IepNavigator.Knowledge.Rules.Disputes;

/// <summary>A serious disagreement where the date of the decision is unknown: the 2-year limit without a date.</summary>
internal sealed class ConsiderDueProcessWhenDecisionUndatedRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.Stage == Stage.Disagreement || (f.Stage == Stage.NotEligible && f.DisagreesWithEvaluation == true))
            .Not<Deadline>(d => d.Kind == DeadlineKind.DueProcessWindow);

        Then()
            .Yield(_ => new Recommendation(StepIds.ConsiderDueProcess, "disagreement-undated", Urgency.WhenReady, null));
    }
}
