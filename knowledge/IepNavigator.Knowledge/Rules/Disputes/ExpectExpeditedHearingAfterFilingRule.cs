using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Deadlines;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Rules.Model;
using IepNavigator.Knowledge.Steps;
using NRules.Fluent.Dsl;

namespace IepNavigator.Knowledge.Rules.Disputes;

/// <summary>A discipline appeal was filed: the expedited hearing within 20 school days, its decision 10 school days after (34 CFR 300.532(c)(2)).</summary>
internal sealed class ExpectExpeditedHearingAfterFilingRule : Rule
{
    public override void Define()
    {
        Deadline deadline = null!;

        When()
            .Match(() => deadline, d => d.Kind == DeadlineKind.ExpeditedHearing);

        Then()
            .Yield(_ => new Recommendation(StepIds.ExpectHearingDecision, "expedited-hearing-due", Urgency.WhenReady, deadline));
    }
}
