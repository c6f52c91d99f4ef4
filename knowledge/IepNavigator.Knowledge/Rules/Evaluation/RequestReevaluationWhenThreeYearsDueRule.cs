namespace IepNavigator.Knowledge.Rules.Evaluation;

/// <summary>The three-year reevaluation falls due soon or has passed (34 CFR 300.303(b)(2)).</summary>
internal sealed class RequestReevaluationWhenThreeYearsDueRule : Rule
{
    public override void Define()
    {
        Deadline deadline = null!;
        CaseContext context = null!;

        When()
            .Match(() => deadline, d => d.Kind == DeadlineKind.Reevaluation)
            .Match(() => context, c => c.Today >= deadline.DueBy.AddDays(-c.Policy.ReevaluationNoticeDays));

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestReevaluation, "three-years",
                deadline.Passed ? Urgency.Now : Urgency.Soon, deadline));
    }
}
