namespace IepNavigator.Knowledge.Rules.Discipline;

/// <summary>Behavior is a concern and there is no plan based on a functional behavioral assessment.</summary>
internal sealed class RequestFbaBipWhenBehaviorConcernsRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.BehaviorConcerns == true || f.HasConcern(ConcernArea.Behavior),
                f => f.HasBehaviorPlan != true, f => f.Stage != Stage.Discipline);

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestFbaBip, "behavior-no-plan", Urgency.Soon, null));
    }
}
