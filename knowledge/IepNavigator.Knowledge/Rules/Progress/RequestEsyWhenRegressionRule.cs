namespace IepNavigator.Knowledge.Rules.Progress;

/// <summary>Regression over breaks with an IEP: ask the team to consider ESY (34 CFR 300.106).</summary>
internal sealed class RequestEsyWhenRegressionRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.HasAnIep(), f => f.RegressionOverBreaks == true);

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestEsy, "regression", Urgency.Soon, null));
    }
}
