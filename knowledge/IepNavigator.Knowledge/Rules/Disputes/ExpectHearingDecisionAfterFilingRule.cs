using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Deadlines;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Rules.Model;
using IepNavigator.Knowledge.Steps;
using NRules.Fluent.Dsl;

namespace IepNavigator.Knowledge.Rules.Disputes;

/// <summary>A due process complaint was filed: the decision is due 45 days after the resolution period (34 CFR 300.515(a)).</summary>
internal sealed class ExpectHearingDecisionAfterFilingRule : Rule
{
    public override void Define()
    {
        Deadline deadline = null!;

        When()
            .Match(() => deadline, d => d.Kind == DeadlineKind.HearingDecision);

        Then()
            .Yield(_ => new Recommendation(StepIds.ExpectHearingDecision, "decision-due", Urgency.WhenReady, deadline));
    }
}
