namespace IepNavigator.Knowledge.Rules.Disputes;

/// <summary>
/// A serious disagreement where the date of the disputed action is unknown: say what starts the clock (when the parent
/// knew or should have known, 34 CFR 300.507(a)(2)) and the state's limit, instead of hiding the step.
/// </summary>
internal sealed class ConsiderDueProcessWhenDecisionUndatedRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.InIdeaDispute(), f => f.DueProcessFiledOn == null)
            .Not<CaseClocks>(c => c.Of(DeadlineKind.DueProcessWindow) != null);

        Then()
            .Recommend(_ => new Recommendation(StepIds.ConsiderDueProcess, "disagreement-undated", Urgency.WhenReady, null));
    }
}
