namespace IepNavigator.Knowledge.Rules.Help;

/// <summary>The state gives the school a set time to answer a written evaluation request; the step carries that date.</summary>
internal sealed class LearnStateProcessWhileResponseDueRule : Rule
{
    public override void Define()
    {
        Deadline deadline = null!;

        When()
            .Match(() => deadline, d => d.Kind == DeadlineKind.EvaluationResponse, d => !d.Passed);

        Then()
            .Recommend(_ => new Recommendation(StepIds.LearnStateProcess, "response-due", Urgency.WhenReady, deadline));
    }
}
