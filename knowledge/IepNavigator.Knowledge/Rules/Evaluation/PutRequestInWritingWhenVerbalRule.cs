namespace IepNavigator.Knowledge.Rules.Evaluation;

/// <summary>A spoken evaluation request only, and consent not yet signed: put it in writing.</summary>
internal sealed class PutRequestInWritingWhenVerbalRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts,
                f => f.RequestInWriting == false,
                f => f.ConsentSignedOn == null,
                f => !f.EvaluationDone());

        Then()
            .Recommend(_ => new Recommendation(StepIds.PutRequestInWriting,
                facts.EvaluationRequestedOn == null ? "verbal-only-undated" : "verbal-only", Urgency.Now, null));
    }
}
