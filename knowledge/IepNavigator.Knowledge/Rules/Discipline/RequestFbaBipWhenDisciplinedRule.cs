namespace IepNavigator.Knowledge.Rules.Discipline;

/// <summary>Discipline without a behavior plan based on an assessment (34 CFR 300.530(d)(1)(ii), (f)).</summary>
internal sealed class RequestFbaBipWhenDisciplinedRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.Stage == Stage.Discipline || f.DisciplineChangeOfPlacementOn != null,
                f => f.HasBehaviorPlan != true, f => f.ManifestationReviewHeld != true || f.BehaviorWasManifestation != true);

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestFbaBip, "discipline-no-plan", Urgency.Now, null));
    }
}
