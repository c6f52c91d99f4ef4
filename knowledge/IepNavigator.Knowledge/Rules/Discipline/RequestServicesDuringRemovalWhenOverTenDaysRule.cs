namespace IepNavigator.Knowledge.Rules.Discipline;

/// <summary>Removed more than 10 school days this year: services are owed on every further day of removal (34 CFR 300.530(b)(2), (d)).</summary>
internal sealed class RequestServicesDuringRemovalWhenOverTenDaysRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;
        CaseContext context = null!;

        When()
            .Match(() => facts, f => f.MayHaveIepProtections())
            .Match(() => context, c => facts.RemovedInTotalOver(c.Policy.RemovalDaysLimit));

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestServicesDuringRemoval,
                facts.RemovedInARowOver(context.Policy.RemovalDaysLimit) ? "over-ten-in-a-row" : "over-ten", Urgency.Now, null));
    }
}
