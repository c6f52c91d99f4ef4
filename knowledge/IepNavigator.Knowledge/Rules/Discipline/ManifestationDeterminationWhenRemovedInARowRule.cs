namespace IepNavigator.Knowledge.Rules.Discipline;

/// <summary>More than 10 school days in a row is a change of placement: a manifestation review is due (34 CFR 300.536(a)(1), 300.530(e)).</summary>
internal sealed class ManifestationDeterminationWhenRemovedInARowRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;
        CaseContext context = null!;

        When()
            .Match(() => facts, f => f.ConsecutiveDaysRemoved != null, f => f.MayHaveIepProtections(), f => f.ManifestationReviewHeld != true)
            .Match(() => context, c => facts.RemovedInARowOver(c.Policy.RemovalDaysLimit));

        Then()
            .Recommend(_ => new Recommendation(StepIds.ManifestationDetermination, "consecutive-over-ten", Urgency.Now, null));
    }
}
