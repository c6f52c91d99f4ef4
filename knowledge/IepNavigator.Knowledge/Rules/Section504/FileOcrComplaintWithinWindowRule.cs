namespace IepNavigator.Knowledge.Rules.Section504;

/// <summary>A dated Section 504 dispute: the OCR complaint window is 180 days from the act (34 CFR 100.7(b) by 104.61).</summary>
internal sealed class FileOcrComplaintWithinWindowRule : Rule
{
    public override void Define()
    {
        CaseClocks clocks = null!;

        When()
            .Match(() => clocks, c => c.Running(DeadlineKind.OcrComplaintWindow) != null);

        Then()
            .Recommend(_ => new Recommendation(StepIds.FileOcrComplaint, "dated", Urgency.WhenReady, clocks.Running(DeadlineKind.OcrComplaintWindow)));
    }
}
