namespace IepNavigator.Knowledge.Rules.Help;

/// <summary>Any school deadline has passed.</summary>
internal sealed class BookAdvocateWhenDeadlinePassedRule : Rule
{
    public override void Define()
    {
        CaseClocks clocks = null!;

        When()
            .Match(() => clocks, c => c.AnyMissed);

        Then()
            .Recommend(_ => new Recommendation(StepIds.BookAdvocate, "deadline-passed", Urgency.Soon, null));
    }
}
