namespace IepNavigator.Knowledge.Rules.Iep;

/// <summary>An IEP meeting is set: a written parent concerns statement (34 CFR 300.324(a)(1)(ii)).</summary>
internal sealed class WriteParentConcernsBeforeMeetingRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;
        CaseContext context = null!;

        When()
            .Match(() => facts, f => f.IepMeetingOn != null)
            .Match(() => context, c => facts.MeetingAhead(c.Today));

        Then()
            .Recommend(_ => new Recommendation(StepIds.WriteParentConcerns, "meeting-coming",
                context.DaysSince(facts.IepMeetingOn!.Value) >= -context.Policy.MeetingSoonDays ? Urgency.Now : Urgency.Soon, null));
    }
}
