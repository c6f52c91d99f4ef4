namespace IepNavigator.Knowledge.Rules.Evaluation;

/// <summary>
/// The school only suggested waiting or interventions and nothing was asked yet: the parent need not wait, since
/// interventions may not delay an evaluation (OSEP memo 11-07, 34 CFR 300.301). No "again": nothing was refused.
/// </summary>
internal sealed class RequestEvaluationWhenSchoolSuggestedWaitingRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.OnlySuggestedWaiting(), f => !f.EvaluationDone(), f => f.ConsentSignedOn == null);

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestEvaluation, "suggested-waiting", Urgency.Now, null));
    }
}
