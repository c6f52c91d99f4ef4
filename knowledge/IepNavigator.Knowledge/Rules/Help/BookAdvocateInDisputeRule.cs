namespace IepNavigator.Knowledge.Rules.Help;

/// <summary>A disagreement with the school, where an advocate helps most.</summary>
internal sealed class BookAdvocateInDisputeRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.InIdeaDispute() || f.DueProcessFiledOn != null);

        Then()
            .Recommend(_ => new Recommendation(StepIds.BookAdvocate, "disagreement", Urgency.Soon, null));
    }
}
