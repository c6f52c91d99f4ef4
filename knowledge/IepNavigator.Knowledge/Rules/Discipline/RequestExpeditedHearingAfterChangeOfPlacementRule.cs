namespace IepNavigator.Knowledge.Rules.Discipline;

/// <summary>A disciplinary change of placement was decided: if the parent disagrees, the expedited appeal (34 CFR 300.532).</summary>
internal sealed class RequestExpeditedHearingAfterChangeOfPlacementRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.DisciplineChangeOfPlacementOn != null, f => f.DisputedActionOn == null,
                f => f.MayHaveIepProtections(), f => f.DueProcessFiledOn == null, f => f.ManifestationReviewHeld != true);

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestExpeditedHearing, "if-disagree", Urgency.Soon, null));
    }
}
