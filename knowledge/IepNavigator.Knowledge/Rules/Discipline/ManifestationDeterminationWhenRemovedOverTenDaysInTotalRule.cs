namespace IepNavigator.Knowledge.Rules.Discipline;

/// <summary>
/// More than 10 school days in total, none over 10 in a row: a change of placement only if the school decides the
/// removals form a pattern (34 CFR 300.536(a)(2), (b)): ask, and say what each answer means. Once the school has
/// decided a change of placement the review is due from that decision, so the days are only stated: asking about a
/// pattern then contradicts it.
/// </summary>
internal sealed class ManifestationDeterminationWhenRemovedOverTenDaysInTotalRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;
        CaseContext context = null!;

        When()
            .Match(() => facts, f => f.DaysRemovedThisYear != null, f => f.MayHaveIepProtections(), f => f.ManifestationReviewHeld != true)
            .Match(() => context, c => facts.DaysRemovedThisYear > c.Policy.RemovalDaysLimit, c => !facts.RemovedInARowOver(c.Policy.RemovalDaysLimit));

        Then()
            .Recommend(_ => new Recommendation(StepIds.ManifestationDetermination,
                facts.DisciplineChangeOfPlacementOn != null ? "total-over-ten-change-decided"
                : facts.RemovalsArePattern == true ? "pattern" : facts.RemovalsArePattern == false ? "no-pattern" : "total-over-ten-ask-pattern",
                facts.RemovalsArePattern == false && facts.DisciplineChangeOfPlacementOn == null ? Urgency.Soon : Urgency.Now, null));
    }
}
