namespace IepNavigator.Knowledge.Rules.Iep;

/// <summary>The IEP goals have no baseline, target or measure (34 CFR 300.320(a)(2)).</summary>
internal sealed class RequestIepMeetingWhenGoalsNotMeasurableRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.HasAnIep(), f => f.GoalsMeasurable == false);

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestIepMeeting, "goals-not-measurable", Urgency.Soon, null));
    }
}
