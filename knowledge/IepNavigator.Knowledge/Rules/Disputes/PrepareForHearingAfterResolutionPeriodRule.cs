using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Deadlines;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Rules.Model;
using IepNavigator.Knowledge.Steps;
using NRules.Fluent.Dsl;

namespace IepNavigator.Knowledge.Rules.Disputes;

/// <summary>A due process complaint was filed: the hearing may go ahead after the 30-day resolution period (34 CFR 300.510(b)), 15 days for an expedited hearing (300.532(c)(3)(ii)).</summary>
internal sealed class PrepareForHearingAfterResolutionPeriodRule : Rule
{
    public override void Define()
    {
        Deadline deadline = null!;

        When()
            .Match(() => deadline, d => d.Kind == DeadlineKind.ResolutionPeriod);

        Then()
            .Yield(_ => new Recommendation(StepIds.PrepareForHearing, deadline.Expedited ? "expedited-period-ends" : "period-ends", Urgency.WhenReady, deadline));
    }
}
