namespace IepNavigator.Knowledge.Rules.Evaluation;

/// <summary>Evaluated, and the parent has no copy of the report (or does not say): ask for it, free (34 CFR 300.306(a)(2)).</summary>
internal sealed class RequestEvaluationReportWhenNoCopyRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.EvaluationDone(), f => f.HasEvaluationReport != true);

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestEvaluationReport,
                facts.HasEvaluationReport == false ? "no-copy" : "unknown",
                facts.HasEvaluationReport == false ? Urgency.Now : Urgency.Soon, null));
    }
}
