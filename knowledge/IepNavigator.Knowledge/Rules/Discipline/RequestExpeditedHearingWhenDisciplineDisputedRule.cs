namespace IepNavigator.Knowledge.Rules.Discipline;

/// <summary>A disputed decision in a discipline case: the appeal is an expedited hearing (34 CFR 300.532).</summary>
internal sealed class RequestExpeditedHearingWhenDisciplineDisputedRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.InDiscipline(), f => f.DisputedActionOn != null, f => f.MayHaveIepProtections(),
                f => f.DueProcessFiledOn == null, f => f.ManifestationReviewHeld != true);

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestExpeditedHearing, "disputed", Urgency.Now, null));
    }
}
