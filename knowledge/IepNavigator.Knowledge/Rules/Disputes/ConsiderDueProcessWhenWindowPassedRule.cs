namespace IepNavigator.Knowledge.Rules.Disputes;

/// <summary>The filing limit for due process has passed: say so, and name the exceptions (34 CFR 300.511(f)).</summary>
internal sealed class ConsiderDueProcessWhenWindowPassedRule : Rule
{
    public override void Define()
    {
        CaseClocks clocks = null!;

        When()
            .Match(() => clocks, c => c.Passed(DeadlineKind.DueProcessWindow) != null);

        Then()
            .Recommend(_ => new Recommendation(StepIds.ConsiderDueProcess, "window-passed", Urgency.WhenReady,
                clocks.Passed(DeadlineKind.DueProcessWindow)));
    }
}
