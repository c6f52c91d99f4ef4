namespace IepNavigator.Knowledge.Rules.Iep;

/// <summary>The IEP is in place and the child is not making progress: the team must revise it (34 CFR 300.324(b)(1)(ii)).</summary>
internal sealed class RequestIepMeetingWhenNotProgressingRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.HasAnIep(), f => f.MakingProgress == false);

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestIepMeeting, "not-progressing", Urgency.Soon, null));
    }
}
