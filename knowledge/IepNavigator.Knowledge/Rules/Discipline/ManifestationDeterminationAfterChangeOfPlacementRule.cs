namespace IepNavigator.Knowledge.Rules.Discipline;

/// <summary>A disciplinary change of placement: the review is due within 10 school days of the decision (34 CFR 300.530(e)).</summary>
internal sealed class ManifestationDeterminationAfterChangeOfPlacementRule : Rule
{
    public override void Define()
    {
        CaseClocks clocks = null!;

        When()
            .Match(() => clocks, c => c.Of(DeadlineKind.ManifestationDetermination) != null);

        Then()
            .Recommend(_ => new Recommendation(StepIds.ManifestationDetermination, "change-of-placement", Urgency.Now,
                clocks.Of(DeadlineKind.ManifestationDetermination)));
    }
}
