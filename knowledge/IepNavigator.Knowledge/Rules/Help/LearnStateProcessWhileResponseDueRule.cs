namespace IepNavigator.Knowledge.Rules.Help;

/// <summary>The state gives the school a set time to answer a written evaluation request; the step carries that date.</summary>
internal sealed class LearnStateProcessWhileResponseDueRule : Rule
{
    public override void Define()
    {
        CaseClocks clocks = null!;

        When()
            .Match(() => clocks, c => c.Running(DeadlineKind.EvaluationResponse) != null);

        Then()
            .Recommend(_ => new Recommendation(StepIds.LearnStateProcess, "response-due", Urgency.WhenReady, clocks.Running(DeadlineKind.EvaluationResponse)));
    }
}
