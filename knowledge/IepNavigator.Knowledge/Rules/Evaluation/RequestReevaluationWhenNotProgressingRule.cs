namespace IepNavigator.Knowledge.Rules.Evaluation;

/// <summary>An IEP that is not working, and the last evaluation is more than a year old (or unknown): needs may have changed.</summary>
internal sealed class RequestReevaluationWhenNotProgressingRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;
        CaseContext context = null!;

        When()
            .Match(() => facts, f => f.HasAnIep(), f => f.MakingProgress == false)
            .Match(() => context, c => facts.LastEvaluationOn == null
                || c.DaysSince(facts.LastEvaluationOn.Value) >= c.Policy.ReevaluationMinimumDays);

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestReevaluation, "needs-changed", Urgency.Soon, null));
    }
}
