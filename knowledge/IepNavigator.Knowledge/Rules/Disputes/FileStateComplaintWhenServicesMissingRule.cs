namespace IepNavigator.Knowledge.Rules.Disputes;

/// <summary>IEP services are not delivered, a violation a state complaint can address (34 CFR 300.153); no date to count from.</summary>
internal sealed class FileStateComplaintWhenServicesMissingRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.HasAnIep(), f => f.ServicesDelivered == false)
            .Not<CaseClocks>(c => c.Running(DeadlineKind.StateComplaintWindow, Triggers.DisputedAction) != null);

        Then()
            .Recommend(_ => new Recommendation(StepIds.FileStateComplaint, "services-not-delivered", Urgency.WhenReady, null));
    }
}
