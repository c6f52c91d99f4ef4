namespace IepNavigator.Knowledge.Rules.Help;

/// <summary>Always available: the state's own timelines and the procedural safeguards notice.</summary>
internal sealed class LearnStateProcessAlwaysRule : Rule
{
    /// <summary>The federal default having passed says all this and more; one sentence, not two.</summary>
    private static readonly Func<string, bool> FederalDefaultPassed = other => other.StartsWith("federal-default-passed", StringComparison.Ordinal);

    public override void Define()
    {
        CaseFacts facts = null!;
        CaseContext context = null!;

        When()
            .Match(() => facts)
            .Match(() => context);

        Then()
            .Recommend(_ => new Recommendation(StepIds.LearnStateProcess,
                facts.State == null ? "unknown-state" : context.StateListed ? "known-state" : "state-not-listed",
                Urgency.WhenReady, null)
            {
                GivesWayTo = FederalDefaultPassed,
            });
    }
}
