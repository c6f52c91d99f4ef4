namespace IepNavigator.Knowledge.Rules.Iep;

/// <summary>The IEP is in place and the child is not making progress: the team must revise it (34 CFR 300.324(b)(1)(ii)).</summary>
internal sealed class RequestIepMeetingWhenNotProgressingRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;
        CaseContext context = null!;

        When()
            .Match(() => facts, f => f.HasAnIep(), f => f.MakingProgress == false)
            // A meeting already set soon is where this goes (WriteParentConcernsWhenNotProgressingAndMeetingSetRule).
            .Match(() => context, c => !facts.MeetingSetWithin(c.Today, c.Policy.SetMeetingCoversRequestDays));

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestIepMeeting, "not-progressing", Urgency.Soon, null));
    }
}
