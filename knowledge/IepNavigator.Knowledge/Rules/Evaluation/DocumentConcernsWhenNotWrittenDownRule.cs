namespace IepNavigator.Knowledge.Rules.Evaluation;

/// <summary>Concerns not (known to be) written down while the family is still at the start of the process.</summary>
internal sealed class DocumentConcernsWhenNotWrittenDownRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.ConcernsDocumented == false
                || (f.ConcernsDocumented == null && (f.IsConcerned() || f.Stage == Stage.EvaluationRequested)));

        Then()
            .Recommend(_ => new Recommendation(StepIds.DocumentConcerns,
                facts.ConcernsDocumented == null ? "unknown"
                : facts.HasConcerns() ? "not-documented" : "not-documented-no-areas",
                Urgency.Soon, null));
    }
}
