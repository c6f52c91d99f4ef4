namespace IepNavigator.Knowledge.Rules.Disputes;

/// <summary>The filing limit for due process has passed: say so, and name the exceptions (34 CFR 300.511(f)).</summary>
internal sealed class ConsiderDueProcessWhenWindowPassedRule : Rule
{
    public override void Define()
    {
        Deadline deadline = null!;

        When()
            .Match(() => deadline, d => d.Kind == DeadlineKind.DueProcessWindow, d => d.Passed);

        Then()
            .Recommend(_ => new Recommendation(StepIds.ConsiderDueProcess, "window-passed", Urgency.WhenReady, deadline));
    }
}
