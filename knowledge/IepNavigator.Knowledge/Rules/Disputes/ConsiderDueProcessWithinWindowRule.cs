namespace IepNavigator.Knowledge.Rules.Disputes;

/// <summary>
/// A serious disagreement with a dated disputed action: due process within 2 years of it, or the state's own limit
/// (34 CFR 300.507(a)(2); N.C. Gen. Stat. 115C-109.6(b): 1 year).
/// </summary>
internal sealed class ConsiderDueProcessWithinWindowRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;
        CaseClocks clocks = null!;

        When()
            .Match(() => facts, f => f.InIdeaDispute(), f => f.DueProcessFiledOn == null)
            .Match(() => clocks, c => c.Running(DeadlineKind.DueProcessWindow) != null);

        Then()
            .Recommend(_ => new Recommendation(StepIds.ConsiderDueProcess, "disagreement", Urgency.WhenReady,
                clocks.Running(DeadlineKind.DueProcessWindow)));
    }
}
