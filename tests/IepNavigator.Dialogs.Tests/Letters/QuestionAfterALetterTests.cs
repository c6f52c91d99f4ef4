namespace IepNavigator.Dialogs.Tests.Letters;

/// <summary>
/// A side question that names no subject ("How long can they take?") takes it from the conversation: right after the
/// IEE request letter it asks how long the district has to answer the IEE (34 CFR 300.502(b)(2), "without unnecessary
/// delay"), not how long an evaluation takes (found trying the bot as a parent).
/// </summary>
public sealed class QuestionAfterALetterTests : IDisposable
{
    private readonly LetterHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task HowLongCanTheyTake_RightAfterTheIeeLetter_IsTheIeesAnswer()
    {
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);
        var (_, drafted) = await LetterWalkthrough.AnswerQuestionsAsync(_harness, client, "iee-request", await client.SendAsync("write the IEE request letter"));
        Assert.NotNull(drafted.Downloads());

        var replies = await client.SendAsync("How long can they take?");

        var text = string.Join("\n", replies.Select(r => r.Text));
        Assert.Contains("300.502(b)(2)", text, StringComparison.Ordinal);
        Assert.Contains("without unnecessary delay", text, StringComparison.Ordinal);
        Assert.DoesNotContain("300.301", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HowLongCanTheyTake_AfterTheEvaluationLetter_StaysTheEvaluationTimeline()
    {
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);
        await LetterWalkthrough.AnswerQuestionsAsync(_harness, client, "evaluation-request", await client.SendAsync("Draft the letter"));

        var replies = await client.SendAsync("How long can they take?");

        var text = string.Join("\n", replies.Select(r => r.Text));
        Assert.DoesNotContain("300.502", text, StringComparison.Ordinal);
    }
}
