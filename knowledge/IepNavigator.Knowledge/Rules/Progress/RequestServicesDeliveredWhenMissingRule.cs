namespace IepNavigator.Knowledge.Rules.Progress;

/// <summary>An IEP or 504 plan whose services are not provided as written (34 CFR 300.323(c); 104.33 for a 504 plan).</summary>
internal sealed class RequestServicesDeliveredWhenMissingRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.HasPlan(), f => f.ServicesDelivered == false);

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestServicesDelivered,
                facts.HasAnIep() ? "not-delivered" : "not-delivered-504", Urgency.Now, null));
    }
}
