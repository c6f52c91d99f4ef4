namespace IepNavigator.Knowledge.Rules.Iep;

/// <summary>The IEP goals have no baseline, target or measure (34 CFR 300.320(a)(2)).</summary>
internal sealed class RequestIepMeetingWhenGoalsNotMeasurableRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;
        CaseContext context = null!;

        When()
            .Match(() => facts, f => f.HasAnIep(), f => f.GoalsMeasurable == false)
            // A meeting already set soon is where this goes (WriteParentConcernsWhenGoalsNotMeasurableAndMeetingSetRule).
            .Match(() => context, c => !facts.MeetingSetWithin(c.Today, c.Policy.SetMeetingCoversRequestDays));

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestIepMeeting, "goals-not-measurable", Urgency.Soon, null));
    }
}
