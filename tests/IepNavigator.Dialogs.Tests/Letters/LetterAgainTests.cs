using IepNavigator.Letters;
using Microsoft.Extensions.DependencyInjection;

namespace IepNavigator.Dialogs.Tests.Letters;

/// <summary>
/// "draft the letter again" right after a letter is the same letter, with what the parent already answered for it:
/// trying the bot as a parent, it began the advice's first letter (the evaluation request) after the IEE letter, and a
/// redraft of the IEE letter asked again which evaluation the parent disagrees with.
/// </summary>
public sealed class LetterAgainTests : IDisposable
{
    private readonly LetterHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Theory]
    [InlineData("draft the letter again")]
    [InlineData("can you redo that letter pls")]
    [InlineData("hazme la carta otra vez")]
    public async Task Again_AfterTheIeeLetter_RedraftsTheIeeLetter_WithoutAskingItsFieldsAgain(string again)
    {
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);
        var (asked, drafted) = await LetterWalkthrough.AnswerQuestionsAsync(_harness, client, "iee-request", await client.SendAsync("write the IEE request letter"));
        Assert.NotNull(drafted.Downloads());
        Assert.Contains(asked, f => !LetterWalkthrough.SharedAnswers.ContainsKey(f));

        var replies = await client.SendAsync(again);

        var catalog = _harness.Services.GetRequiredService<LetterRenderer>().Catalog;
        var text = string.Join("\n", replies.Select(r => r.Text));
        Assert.Contains(catalog.Find("iee-request")!.Title, text, StringComparison.Ordinal);
        Assert.DoesNotContain(catalog.Find("evaluation-request")!.Title, text, StringComparison.Ordinal);
        Assert.DoesNotContain(replies, r => catalog.Find("iee-request")!.Fields.Any(f => f.Question == r.Text));
        Assert.NotNull(replies.Downloads());
    }

    [Fact]
    public async Task TheLetter_WithoutAgain_IsStillTheAdvicesFirstLetter()
    {
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);
        await LetterWalkthrough.AnswerQuestionsAsync(_harness, client, "iee-request", await client.SendAsync("write the IEE request letter"));

        var replies = await client.SendAsync("Draft the letter");

        var catalog = _harness.Services.GetRequiredService<LetterRenderer>().Catalog;
        Assert.Contains(catalog.Find("evaluation-request")!.Title, string.Join("\n", replies.Select(r => r.Text)), StringComparison.Ordinal);
    }
}
