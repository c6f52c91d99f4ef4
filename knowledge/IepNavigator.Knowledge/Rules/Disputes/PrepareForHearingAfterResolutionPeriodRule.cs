using System.Linq.Expressions;

namespace IepNavigator.Knowledge.Rules.Disputes;

/// <summary>A due process complaint was filed: the hearing may go ahead after the 30-day resolution period (34 CFR 300.510(b)), 15 days for an expedited hearing (300.532(c)(3)(ii)).</summary>
internal sealed class PrepareForHearingAfterResolutionPeriodRule() : DeadlineStepRule(DeadlineKind.ResolutionPeriod)
{
    protected override Expression<Func<Deadline, Recommendation>> Recommend =>
        deadline => new Recommendation(StepIds.PrepareForHearing, deadline.Expedited ? "expedited-period-ends" : "period-ends", Urgency.WhenReady, deadline);
}
