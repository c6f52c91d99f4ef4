namespace IepNavigator.Knowledge.Rules.Help;

/// <summary>Discipline: a change of placement, a removal, or the discipline stage.</summary>
internal sealed class BookAdvocateWhenDisciplinedRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.Stage == Stage.Discipline || f.DisciplineChangeOfPlacementOn != null);

        Then()
            .Recommend(_ => new Recommendation(StepIds.BookAdvocate, "discipline", Urgency.Soon, null));
    }
}
