namespace IepNavigator.Knowledge.Rules.Disputes;

/// <summary>
/// The school proposed a change of placement outside discipline: filing for due process keeps the child where they
/// are while it is pending (34 CFR 300.518(a)); urgent when the parent disputes it.
/// </summary>
internal sealed class InvokeStayPutWhenPlacementChangeProposedRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.PlacementChangeProposedOn != null, f => !f.InDiscipline(), f => f.DueProcessFiledOn == null);

        Then()
            .Recommend(_ => new Recommendation(StepIds.InvokeStayPut,
                facts.Stage == Stage.Disagreement || facts.DisputedActionOn != null ? "disagree" : "if-disagree",
                facts.Stage == Stage.Disagreement || facts.DisputedActionOn != null ? Urgency.Now : Urgency.Soon, null));
    }
}
