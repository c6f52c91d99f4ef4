namespace IepNavigator.Knowledge.Rules.Evaluation;

/// <summary>The three-year reevaluation falls due soon or has passed (34 CFR 300.303(b)(2)).</summary>
internal sealed class RequestReevaluationWhenThreeYearsDueRule : Rule
{
    public override void Define()
    {
        CaseClocks clocks = null!;
        CaseContext context = null!;

        When()
            .Match(() => clocks, c => c.Of(DeadlineKind.Reevaluation) != null)
            .Match(() => context, c => c.Today >= clocks.Of(DeadlineKind.Reevaluation)!.DueBy.AddDays(-c.Policy.ReevaluationNoticeDays));

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestReevaluation, "three-years",
                clocks.Of(DeadlineKind.Reevaluation)!.Passed ? Urgency.Now : Urgency.Soon, clocks.Of(DeadlineKind.Reevaluation)));
    }
}
