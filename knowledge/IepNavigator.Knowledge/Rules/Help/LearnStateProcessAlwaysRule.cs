namespace IepNavigator.Knowledge.Rules.Help;

/// <summary>Always available: the state's own timelines and the procedural safeguards notice.</summary>
internal sealed class LearnStateProcessAlwaysRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;
        CaseContext context = null!;

        When()
            .Match(() => facts)
            .Match(() => context)
            // The federal default having passed says all this and more; one sentence, not two.
            .Not<Recommendation>(r => r.StepId == StepIds.LearnStateProcess, r => r.ReasonKey.StartsWith("federal-default-passed", StringComparison.Ordinal));

        Then()
            .Yield(_ => new Recommendation(StepIds.LearnStateProcess,
                facts.State == null ? "unknown-state" : context.StateListed ? "known-state" : "state-not-listed",
                Urgency.WhenReady, null));
    }
}
