using System.Linq.Expressions;

namespace IepNavigator.Knowledge.Rules.Disputes;

/// <summary>A due process complaint was filed: the resolution meeting is due within 15 days (34 CFR 300.510(a)), 7 for an expedited hearing (300.532(c)(3)(i)).</summary>
internal sealed class PrepareResolutionMeetingAfterFilingRule() : DeadlineStepRule(DeadlineKind.ResolutionMeeting)
{
    protected override Expression<Func<Deadline, Recommendation>> Recommend =>
        deadline => new Recommendation(StepIds.PrepareResolutionMeeting, deadline.Passed ? "meeting-late" : deadline.Expedited ? "expedited-filed" : "filed", Urgency.Soon, deadline);
}
