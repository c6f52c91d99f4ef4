namespace IepNavigator.Knowledge.Rules.Iep;

/// <summary>New behavior concerns with an IEP but no behavior plan: the team must consider supports (34 CFR 300.324(a)(2)(i)).</summary>
internal sealed class RequestIepMeetingWhenBehaviorConcernsRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;
        CaseContext context = null!;

        When()
            .Match(() => facts, f => f.HasAnIep(), f => f.BehaviorConcerns == true, f => f.HasBehaviorPlan != true)
            // A meeting already set soon is where this goes (WriteParentConcernsWhenBehaviorConcernsAndMeetingSetRule).
            .Match(() => context, c => !facts.MeetingSetWithin(c.Today, c.Policy.SetMeetingCoversRequestDays));

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestIepMeeting, "new-behavior-concerns", Urgency.Soon, null));
    }
}
