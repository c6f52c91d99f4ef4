namespace IepNavigator.Knowledge.Rules.Evaluation;

/// <summary>Worried, nothing asked yet, and the school has not already said no: ask for an evaluation.</summary>
internal sealed class RequestEvaluationWhenConcernedRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts,
                f => f.IsConcerned(),
                f => f.EvaluationRequestedOn == null,
                f => !f.RefusedARequest());

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestEvaluation,
                facts.HasConcerns() ? "concerned-no-request" : "concerned-no-request-no-areas", Urgency.Now, null));
    }
}
