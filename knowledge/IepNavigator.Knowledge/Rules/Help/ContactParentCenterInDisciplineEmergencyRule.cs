namespace IepNavigator.Knowledge.Rules.Help;

/// <summary>A removal that can change placement: free help is needed now, from the Parent Center and Protection &amp; Advocacy.</summary>
internal sealed class ContactParentCenterInDisciplineEmergencyRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;
        CaseContext context = null!;

        When()
            .Match(() => facts, f => f.InDiscipline())
            .Match(() => context, c => facts.DisciplineChangeOfPlacementOn != null || facts.RemovedInTotalOver(c.Policy.RemovalDaysLimit));

        Then()
            .Recommend(_ => new Recommendation(StepIds.ContactParentCenter, "discipline-emergency", Urgency.Now, null));
    }
}
