namespace IepNavigator.Knowledge.Rules.Help;

/// <summary>
/// A dispute with the school: the Parent Center and the state's Protection &amp; Advocacy agency. Quiet when the
/// discipline emergency already says both, more sharply (one reason, not two that repeat each other).
/// </summary>
internal sealed class ContactParentCenterInDisputeRule : Rule
{
    /// <summary>Quiet beside the discipline emergency's reason.</summary>
    private static readonly Func<string, bool> DisciplineEmergency = other => other == "discipline-emergency";

    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.InIdeaDispute() || f.DueProcessFiledOn != null || (f.Stage == Stage.Plan504 && f.DisputedActionOn != null));

        Then()
            .Recommend(_ => new Recommendation(StepIds.ContactParentCenter, "dispute", Urgency.Soon, null)
            {
                GivesWayTo = DisciplineEmergency,
            });
    }
}
