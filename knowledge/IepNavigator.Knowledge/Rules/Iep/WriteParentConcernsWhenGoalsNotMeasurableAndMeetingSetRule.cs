namespace IepNavigator.Knowledge.Rules.Iep;

/// <summary>The IEP goals have no baseline, target or measure (34 CFR 300.320(a)(2)), and an IEP meeting is set soon: bring the goals to it.</summary>
internal sealed class WriteParentConcernsWhenGoalsNotMeasurableAndMeetingSetRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;
        CaseContext context = null!;

        When()
            .Match(() => facts, f => f.HasAnIep(), f => f.GoalsMeasurable == false)
            .Match(() => context, c => facts.MeetingSetWithin(c.Today, c.Policy.SetMeetingCoversRequestDays));

        Then()
            .Recommend(_ => new Recommendation(StepIds.WriteParentConcerns, "goals-not-measurable-at-meeting", Urgency.Soon, null));
    }
}
