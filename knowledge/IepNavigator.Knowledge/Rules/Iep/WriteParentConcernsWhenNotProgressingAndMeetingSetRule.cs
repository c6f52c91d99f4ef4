namespace IepNavigator.Knowledge.Rules.Iep;

/// <summary>The child is not making progress and an IEP meeting is set soon: the team must revise the IEP there (34 CFR 300.324(b)(1)(ii)).</summary>
internal sealed class WriteParentConcernsWhenNotProgressingAndMeetingSetRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;
        CaseContext context = null!;

        When()
            .Match(() => facts, f => f.HasAnIep(), f => f.MakingProgress == false)
            .Match(() => context, c => facts.MeetingSetWithin(c.Today, c.Policy.SetMeetingCoversRequestDays));

        Then()
            .Recommend(_ => new Recommendation(StepIds.WriteParentConcerns, "not-progressing-at-meeting", Urgency.Soon, null));
    }
}
