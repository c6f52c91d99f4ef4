using System.Linq.Expressions;

namespace IepNavigator.Knowledge.Rules.Disputes;

/// <summary>A discipline appeal was filed: the expedited hearing within 20 school days, its decision 10 school days after (34 CFR 300.532(c)(2)).</summary>
internal sealed class ExpectExpeditedHearingAfterFilingRule() : DeadlineStepRule(DeadlineKind.ExpeditedHearing)
{
    protected override Expression<Func<Deadline, Recommendation>> Recommend =>
        deadline => new Recommendation(StepIds.ExpectHearingDecision, "expedited-hearing-due", Urgency.WhenReady, deadline);
}
