namespace IepNavigator.Knowledge.Rules.Section504;

/// <summary>A dated Section 504 dispute: the OCR complaint window is 180 days from the act (34 CFR 100.7(b) by 104.61).</summary>
internal sealed class FileOcrComplaintWithinWindowRule : Rule
{
    public override void Define()
    {
        Deadline deadline = null!;

        When()
            .Match(() => deadline, d => d.Kind == DeadlineKind.OcrComplaintWindow, d => !d.Passed);

        Then()
            .Recommend(_ => new Recommendation(StepIds.FileOcrComplaint, "dated", Urgency.WhenReady, deadline));
    }
}
