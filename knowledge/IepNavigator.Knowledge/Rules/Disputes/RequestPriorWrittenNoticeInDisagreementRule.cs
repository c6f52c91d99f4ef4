namespace IepNavigator.Knowledge.Rules.Disputes;

/// <summary>A disagreement over a decision the parent never received in writing (34 CFR 300.503(a)).</summary>
internal sealed class RequestPriorWrittenNoticeInDisagreementRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.Stage == Stage.Disagreement, f => f.PriorWrittenNoticeReceived == false);

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestPriorWrittenNotice, "disagreement-without-notice", Urgency.Soon, null));
    }
}
