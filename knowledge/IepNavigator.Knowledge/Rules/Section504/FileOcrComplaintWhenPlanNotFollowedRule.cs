namespace IepNavigator.Knowledge.Rules.Section504;

/// <summary>A 504 plan whose services are not provided, with no date to count from: OCR within 180 days, or the 504 hearing (34 CFR 104.61, 104.36).</summary>
internal sealed class FileOcrComplaintWhenPlanNotFollowedRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.Stage == Stage.Plan504, f => f.ServicesDelivered == false)
            .Not<CaseClocks>(c => c.Of(DeadlineKind.OcrComplaintWindow) != null);

        Then()
            .Recommend(_ => new Recommendation(StepIds.FileOcrComplaint, "plan-not-followed", Urgency.WhenReady, null));
    }
}
