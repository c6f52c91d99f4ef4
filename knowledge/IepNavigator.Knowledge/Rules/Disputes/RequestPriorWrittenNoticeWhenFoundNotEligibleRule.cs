namespace IepNavigator.Knowledge.Rules.Disputes;

/// <summary>Found not eligible without a written notice of that decision (34 CFR 300.503(a)).</summary>
internal sealed class RequestPriorWrittenNoticeWhenFoundNotEligibleRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.Stage == Stage.NotEligible, f => f.PriorWrittenNoticeReceived == false);

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestPriorWrittenNotice, "not-eligible-without-notice", Urgency.Soon, null));
    }
}
