namespace IepNavigator.Knowledge.Rules.Evaluation;

/// <summary>
/// The school said no to a request, or "interventions first", before any evaluation: RtI may not delay an evaluation
/// (OSEP memo 11-07, 34 CFR 300.301), so the parent asks again in writing.
/// </summary>
internal sealed class RequestEvaluationWhenSchoolDelaysRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts,
                f => f.RefusedARequest(),
                f => f.ConsentSignedOn == null,
                f => !f.EvaluationDone());

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestEvaluation, "interventions-first", Urgency.Now, null));
    }
}
