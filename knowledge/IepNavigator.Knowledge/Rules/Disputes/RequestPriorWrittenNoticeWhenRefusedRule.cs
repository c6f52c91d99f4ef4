namespace IepNavigator.Knowledge.Rules.Disputes;

/// <summary>The school refused or delayed an evaluation without prior written notice (34 CFR 300.503(a)(2)).</summary>
internal sealed class RequestPriorWrittenNoticeWhenRefusedRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.RefusedARequest(), f => f.PriorWrittenNoticeReceived != true);

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestPriorWrittenNotice, "refused-without-notice", Urgency.Now, null));
    }
}
