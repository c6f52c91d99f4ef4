namespace IepNavigator.Knowledge.Rules.Iep;

/// <summary>New behavior concerns, no behavior plan, and an IEP meeting set soon: the team must consider supports there (34 CFR 300.324(a)(2)(i)).</summary>
internal sealed class WriteParentConcernsWhenBehaviorConcernsAndMeetingSetRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;
        CaseContext context = null!;

        When()
            .Match(() => facts, f => f.HasAnIep(), f => f.BehaviorConcerns == true, f => f.HasBehaviorPlan != true)
            .Match(() => context, c => facts.MeetingSetWithin(c.Today, c.Policy.SetMeetingCoversRequestDays));

        Then()
            .Recommend(_ => new Recommendation(StepIds.WriteParentConcerns, "behavior-concerns-at-meeting", Urgency.Soon, null));
    }
}
