namespace IepNavigator.Knowledge.Rules.Discipline;

/// <summary>
/// The manifestation review was held and did not find a link (or the parent does not know what it found): a parent who
/// disagrees appeals it in an expedited hearing, the urgent step (34 CFR 300.532(a), (c)); one who has not said so is told
/// how. A review that found a link needs no appeal by the parent (the school must act on it, 300.530(f)).
/// </summary>
internal sealed class RequestExpeditedHearingAfterManifestationReviewRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.InDiscipline(), f => f.ManifestationReviewHeld == true, f => f.BehaviorWasManifestation != true,
                f => f.MayHaveIepProtections(), f => f.DueProcessFiledOn == null);

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestExpeditedHearing,
                facts.DisagreesWithDisciplineDecision()
                    ? (facts.BehaviorWasManifestation == false ? "review-no-link-disputed" : "review-disputed")
                    : facts.BehaviorWasManifestation == false ? "review-no-link" : "review-held",
                facts.DisagreesWithDisciplineDecision() ? Urgency.Now : Urgency.Soon, null)
            {
                Leads = facts.DisagreesWithDisciplineDecision(),
            });
    }
}
