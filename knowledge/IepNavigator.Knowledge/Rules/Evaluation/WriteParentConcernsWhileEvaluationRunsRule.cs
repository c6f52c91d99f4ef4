namespace IepNavigator.Knowledge.Rules.Evaluation;

/// <summary>The evaluation clock is running: the parent's written concerns belong in the eligibility meeting.</summary>
internal sealed class WriteParentConcernsWhileEvaluationRunsRule : Rule
{
    public override void Define()
    {
        CaseClocks clocks = null!;

        When()
            .Match(() => clocks, c => c.Running(DeadlineKind.InitialEvaluation) != null);

        Then()
            .Recommend(_ => new Recommendation(StepIds.WriteParentConcerns, "evaluation-running", Urgency.Soon, clocks.Running(DeadlineKind.InitialEvaluation)));
    }
}
