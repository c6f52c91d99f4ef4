namespace IepNavigator.Knowledge.Rules.Iep;

/// <summary>The annual review falls due soon or has passed, and no meeting is set before it (34 CFR 300.324(b)(1)(i)).</summary>
internal sealed class RequestIepMeetingWhenAnnualReviewDueRule : Rule
{
    public override void Define()
    {
        CaseClocks clocks = null!;
        CaseFacts facts = null!;
        CaseContext context = null!;

        When()
            .Match(() => clocks, c => c.Of(DeadlineKind.AnnualReview) != null)
            .Match(() => facts, f => f.IepMeetingOn == null || f.IepMeetingOn > clocks.Of(DeadlineKind.AnnualReview)!.DueBy)
            // A meeting set soon, even after the due date, is where the review goes (WriteParentConcernsWhenAnnualReviewDueAndMeetingSetRule).
            .Match(() => context, c => c.Today >= clocks.Of(DeadlineKind.AnnualReview)!.DueBy.AddDays(-c.Policy.AnnualReviewNoticeDays),
                c => !facts.MeetingSetWithin(c.Today, c.Policy.SetMeetingCoversRequestDays));

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestIepMeeting, "annual-review-due",
                clocks.Of(DeadlineKind.AnnualReview)!.Passed ? Urgency.Now : Urgency.Soon, clocks.Of(DeadlineKind.AnnualReview)));
    }
}
