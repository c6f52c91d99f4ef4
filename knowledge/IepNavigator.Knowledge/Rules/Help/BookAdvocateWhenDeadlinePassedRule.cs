namespace IepNavigator.Knowledge.Rules.Help;

/// <summary>Any school deadline has passed.</summary>
internal sealed class BookAdvocateWhenDeadlinePassedRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts)
            .Exists<Deadline>(d => d.Missed);

        Then()
            .Recommend(_ => new Recommendation(StepIds.BookAdvocate, "deadline-passed", Urgency.Soon, null));
    }
}
