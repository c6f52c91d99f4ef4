namespace IepNavigator.Knowledge.Rules.Section504;

/// <summary>On a 504 plan, not progressing, and no IDEA evaluation asked for yet.</summary>
internal sealed class RequestEvaluationWhen504StrugglingRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.Stage == Stage.Plan504, f => f.MakingProgress == false, f => f.EvaluationRequestedOn == null);

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestEvaluation, "plan-504-struggling", Urgency.Now, null));
    }
}
