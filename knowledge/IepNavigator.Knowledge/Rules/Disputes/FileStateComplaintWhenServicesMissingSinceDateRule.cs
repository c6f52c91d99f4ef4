namespace IepNavigator.Knowledge.Rules.Disputes;

/// <summary>IEP services not delivered since a dated action: the state complaint must come within a year of it (34 CFR 300.153(c)).</summary>
internal sealed class FileStateComplaintWhenServicesMissingSinceDateRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;
        Deadline deadline = null!;

        When()
            .Match(() => facts, f => f.HasAnIep(), f => f.ServicesDelivered == false)
            .Match(() => deadline, d => d.Kind == DeadlineKind.StateComplaintWindow, d => d.Trigger == Triggers.DisputedAction, d => !d.Passed);

        Then()
            .Recommend(_ => new Recommendation(StepIds.FileStateComplaint, "services-not-delivered-dated", Urgency.WhenReady, deadline));
    }
}
