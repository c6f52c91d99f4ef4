namespace IepNavigator.Knowledge.Rules.Iep;

/// <summary>
/// The annual review falls due soon or has passed, and an IEP meeting is set before it or soon (policy
/// <c>setMeetingCoversRequestDays</c>): that meeting should be the review (34 CFR 300.324(b)(1)(i)), not another one.
/// </summary>
internal sealed class WriteParentConcernsWhenAnnualReviewDueAndMeetingSetRule : Rule
{
    public override void Define()
    {
        CaseClocks clocks = null!;
        CaseFacts facts = null!;
        CaseContext context = null!;

        When()
            .Match(() => clocks, c => c.Of(DeadlineKind.AnnualReview) != null)
            .Match(() => facts, f => f.IepMeetingOn != null)
            .Match(() => context,
                c => c.Today >= clocks.Of(DeadlineKind.AnnualReview)!.DueBy.AddDays(-c.Policy.AnnualReviewNoticeDays),
                c => facts.MeetingSetWithin(c.Today, c.Policy.SetMeetingCoversRequestDays)
                    || (facts.MeetingAhead(c.Today) && facts.IepMeetingOn <= clocks.Of(DeadlineKind.AnnualReview)!.DueBy));

        // No deadline: the statement is due before the meeting, not by the review's date.
        Then()
            .Recommend(_ => new Recommendation(StepIds.WriteParentConcerns, "annual-review-at-meeting", Urgency.Soon, null));
    }
}
