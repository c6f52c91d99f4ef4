namespace IepNavigator.Knowledge.Rules.Progress;

/// <summary>An IEP without the progress reports it must promise (34 CFR 300.320(a)(3)).</summary>
internal sealed class RequestProgressDataWhenNoReportsRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.HasAnIep(), f => f.HasProgressReports == false);

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestProgressData, "no-reports", Urgency.Soon, null));
    }
}
