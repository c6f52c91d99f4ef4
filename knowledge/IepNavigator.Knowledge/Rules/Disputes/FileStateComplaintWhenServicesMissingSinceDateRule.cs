namespace IepNavigator.Knowledge.Rules.Disputes;

/// <summary>IEP services not delivered since a dated action: the state complaint must come within a year of it (34 CFR 300.153(c)).</summary>
internal sealed class FileStateComplaintWhenServicesMissingSinceDateRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;
        CaseClocks clocks = null!;

        When()
            .Match(() => facts, f => f.HasAnIep(), f => f.ServicesDelivered == false)
            .Match(() => clocks, c => c.Running(DeadlineKind.StateComplaintWindow, Triggers.DisputedAction) != null);

        Then()
            .Recommend(_ => new Recommendation(StepIds.FileStateComplaint, "services-not-delivered-dated", Urgency.WhenReady,
                clocks.Running(DeadlineKind.StateComplaintWindow, Triggers.DisputedAction)));
    }
}
