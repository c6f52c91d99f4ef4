namespace IepNavigator.Knowledge.Rules.Iep;

/// <summary>The parent wants to stop all special education services: what revoking consent means (34 CFR 300.300(b)(4)).</summary>
internal sealed class RevokeConsentWhenParentWantsToStopServicesRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.WantsToStopServices == true, f => f.HasAnIep());

        Then()
            .Recommend(_ => new Recommendation(StepIds.RevokeConsent, "wants-to-stop", Urgency.WhenReady, null));
    }
}
