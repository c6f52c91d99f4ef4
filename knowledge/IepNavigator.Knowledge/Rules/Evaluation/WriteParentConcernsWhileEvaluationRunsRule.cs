namespace IepNavigator.Knowledge.Rules.Evaluation;

/// <summary>The evaluation clock is running: the parent's written concerns belong in the eligibility meeting.</summary>
internal sealed class WriteParentConcernsWhileEvaluationRunsRule : Rule
{
    public override void Define()
    {
        Deadline deadline = null!;

        When()
            .Match(() => deadline, d => d.Kind == DeadlineKind.InitialEvaluation, d => !d.Passed);

        Then()
            .Recommend(_ => new Recommendation(StepIds.WriteParentConcerns, "evaluation-running", Urgency.Soon, deadline));
    }
}
