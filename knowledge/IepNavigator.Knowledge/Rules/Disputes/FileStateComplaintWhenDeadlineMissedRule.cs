namespace IepNavigator.Knowledge.Rules.Disputes;

/// <summary>A missed school deadline is a violation; the state complaint window (one year) is still open (34 CFR 300.153(c)).</summary>
internal sealed class FileStateComplaintWhenDeadlineMissedRule : Rule
{
    public override void Define()
    {
        CaseClocks clocks = null!;

        When()
            .Match(() => clocks, c => c.Running(DeadlineKind.StateComplaintWindow, Triggers.Violation) != null);

        Then()
            .Recommend(_ => new Recommendation(StepIds.FileStateComplaint, "missed-timeline", Urgency.WhenReady,
                clocks.Running(DeadlineKind.StateComplaintWindow, Triggers.Violation)));
    }
}
