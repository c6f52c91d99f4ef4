namespace IepNavigator.Knowledge.Rules.Discipline;

/// <summary>
/// The review found the behavior was a manifestation: the school must do a functional behavioral assessment and put in
/// place a behavior plan (or review the one there is) and return the child to the placement removed from, unless the
/// parent and school agree otherwise or the removal was for weapons, drugs or serious bodily injury (34 CFR 300.530(f), (g)).
/// </summary>
internal sealed class RequestFbaBipWhenManifestationFoundRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.ManifestationReviewHeld == true, f => f.BehaviorWasManifestation == true, f => f.MayHaveIepProtections());

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestFbaBip,
                facts.HasBehaviorPlan == true ? "manifestation-found-review-plan" : "manifestation-found", Urgency.Now, null));
    }
}
