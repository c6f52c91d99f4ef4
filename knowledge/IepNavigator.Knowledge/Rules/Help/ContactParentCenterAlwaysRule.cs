namespace IepNavigator.Knowledge.Rules.Help;

/// <summary>
/// Every family, at every stage: the free Parent Training and Information Center. A fallback: quiet when a sharper
/// reason (a dispute, a discipline emergency) already recommends it.
/// </summary>
internal sealed class ContactParentCenterAlwaysRule : Rule
{
    /// <summary>Quiet beside any other reason for the Parent Center.</summary>
    private static readonly Func<string, bool> AnyOtherReason = other => other != "always";

    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts);

        Then()
            .Recommend(_ => new Recommendation(StepIds.ContactParentCenter, "always", Urgency.WhenReady, null)
            {
                GivesWayTo = AnyOtherReason,
            });
    }
}
