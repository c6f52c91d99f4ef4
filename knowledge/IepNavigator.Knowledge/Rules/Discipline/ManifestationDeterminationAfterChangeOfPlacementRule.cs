namespace IepNavigator.Knowledge.Rules.Discipline;

/// <summary>A disciplinary change of placement: the review is due within 10 school days of the decision (34 CFR 300.530(e)).</summary>
internal sealed class ManifestationDeterminationAfterChangeOfPlacementRule : Rule
{
    public override void Define()
    {
        Deadline deadline = null!;

        When()
            .Match(() => deadline, d => d.Kind == DeadlineKind.ManifestationDetermination);

        Then()
            .Recommend(_ => new Recommendation(StepIds.ManifestationDetermination, "change-of-placement", Urgency.Now, deadline));
    }
}
