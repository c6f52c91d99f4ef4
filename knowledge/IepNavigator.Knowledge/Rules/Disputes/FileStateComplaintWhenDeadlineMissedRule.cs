namespace IepNavigator.Knowledge.Rules.Disputes;

/// <summary>A missed school deadline is a violation; the state complaint window (one year) is still open (34 CFR 300.153(c)).</summary>
internal sealed class FileStateComplaintWhenDeadlineMissedRule : Rule
{
    public override void Define()
    {
        Deadline deadline = null!;

        When()
            .Match(() => deadline, d => d.Kind == DeadlineKind.StateComplaintWindow, d => d.Trigger == Triggers.Violation, d => !d.Passed);

        Then()
            .Recommend(_ => new Recommendation(StepIds.FileStateComplaint, "missed-timeline", Urgency.WhenReady, deadline));
    }
}
