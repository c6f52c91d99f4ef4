namespace IepNavigator.Knowledge.Rules.Disputes;

/// <summary>A due process complaint is pending (outside discipline): the child stays put (34 CFR 300.518(a)).</summary>
internal sealed class InvokeStayPutWhileDueProcessPendingRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.DueProcessFiledOn != null, f => !f.InDiscipline());

        Then()
            .Recommend(_ => new Recommendation(StepIds.InvokeStayPut, "filed", Urgency.Soon, null));
    }
}
