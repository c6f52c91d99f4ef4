using System.Linq.Expressions;

namespace IepNavigator.Knowledge.Rules.Disputes;

/// <summary>A due process complaint was filed: the decision is due 45 days after the resolution period (34 CFR 300.515(a)).</summary>
internal sealed class ExpectHearingDecisionAfterFilingRule() : DeadlineStepRule(DeadlineKind.HearingDecision)
{
    protected override Expression<Func<Deadline, Recommendation>> Recommend =>
        deadline => new Recommendation(StepIds.ExpectHearingDecision, "decision-due", Urgency.WhenReady, deadline);
}
