namespace IepNavigator.Knowledge.Rules.Iep;

/// <summary>The annual review falls due soon or has passed, and no meeting is set before it (34 CFR 300.324(b)(1)(i)).</summary>
internal sealed class RequestIepMeetingWhenAnnualReviewDueRule : Rule
{
    public override void Define()
    {
        Deadline deadline = null!;
        CaseFacts facts = null!;
        CaseContext context = null!;

        When()
            .Match(() => deadline, d => d.Kind == DeadlineKind.AnnualReview)
            .Match(() => facts, f => f.IepMeetingOn == null || f.IepMeetingOn > deadline.DueBy)
            // A meeting set soon, even after the due date, is where the review goes (WriteParentConcernsWhenAnnualReviewDueAndMeetingSetRule).
            .Match(() => context, c => c.Today >= deadline.DueBy.AddDays(-c.Policy.AnnualReviewNoticeDays),
                c => !facts.MeetingSetWithin(c.Today, c.Policy.SetMeetingCoversRequestDays));

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestIepMeeting, "annual-review-due",
                deadline.Passed ? Urgency.Now : Urgency.Soon, deadline));
    }
}
