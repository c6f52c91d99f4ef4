using IepNavigator.Dialogs.Tests.Testing;

namespace IepNavigator.Dialogs.Tests.Runtime;

public class PromptTests
{
    private readonly DialogTestClient _client = new RuntimeHarness().Client();

    [Fact]
    public async Task DatePrompt_BadAnswer_RetriesWithHintThenAccepts()
    {
        Assert.Contains("When did you ask?", (await _client.SendAsync("hi")).Joined());

        var retry = await _client.SendAsync("the blue one");
        Assert.Contains("couldn't read a date", retry.Joined());
        Assert.Contains("When did you ask?", retry.Joined());

        Assert.Contains("date: 2026-09-03", (await _client.SendAsync("Sept 3")).Joined());
    }

    [Fact]
    public async Task DatePrompt_IDontKnow_ReturnsExplicitUnknownAndShowsTheButton()
    {
        var question = await _client.SendAsync("hi");
        Assert.Contains("I don't know", question[^1].Buttons());

        Assert.Contains("date: unknown", (await _client.SendAsync("not sure")).Joined());
    }

    [Fact]
    public async Task DatePrompt_FutureDate_IsQuestionedAndTheSuggestionTakenOnYes()
    {
        await _client.SendAsync("hi");

        var question = await _client.SendAsync("12/1/2026");
        Assert.Contains("in the future. Did you mean December 1, 2025?", question.Joined());
        Assert.DoesNotContain("date:", question.Joined());

        Assert.Contains("date: 2025-12-01", (await _client.SendAsync("yes")).Joined());
    }

    [Fact]
    public async Task DatePrompt_FutureDateRejected_AsksAgainAndTakesTheNextDate()
    {
        await _client.SendAsync("hi");
        await _client.SendAsync("12/1/2026");

        Assert.Contains("What date was it", (await _client.SendAsync("no")).Joined());
        Assert.Contains("date: 2026-10-01", (await _client.SendAsync("October 1")).Joined());
    }

    [Fact]
    public async Task FactPrompt_ThreeBadAnswers_GivesUpWithUnknown()
    {
        await _client.SendAsync("hi");
        await _client.SendAsync("blah");
        await _client.SendAsync("blah blah");

        var replies = await _client.SendAsync("still blah");

        Assert.Contains("leave that one open", replies.Joined());
        Assert.Contains("date: unknown", replies.Joined());
    }

    [Theory]
    [InlineData("yeah", "writing: yes")]
    [InlineData("y", "writing: yes")]
    [InlineData("Yes, by email", "writing: yes")]
    [InlineData("nope", "writing: no")]
    [InlineData("No", "writing: no")]
    [InlineData("idk", "writing: unknown")]
    // A prompt that asks no fact of the case (an offer): "ok" and "vale" agree. At a fact's question they are no answer
    // (OffScriptConversationTests convo7-ok-is-not-yes-to-a-fact).
    [InlineData("ok", "writing: yes")]
    [InlineData("vale", "writing: yes")]
    public async Task ConfirmPrompt_CommonAnswers_AreRead(string answer, string expected)
    {
        await _client.SendAsync("hi");
        await _client.SendAsync("yesterday");

        Assert.Contains(expected, (await _client.SendAsync(answer)).Joined());
    }

    [Fact]
    public async Task ConfirmPrompt_Unclear_RetriesAskingForYesOrNo()
    {
        await _client.SendAsync("hi");
        await _client.SendAsync("yesterday");

        var retry = await _client.SendAsync("purple");

        Assert.Contains("I need a yes or a no", retry.Joined());
        Assert.Equal(["Yes", "No", "I don't know"], retry[^1].Buttons());
    }

    [Theory]
    [InlineData("2", "worries: math")]
    [InlineData("Math", "worries: math")]
    [InlineData("readng", "worries: reading")]
    [InlineData("reading and the meltdowns", "worries: behavior,reading")]
    [InlineData("1 and 3", "worries: reading,behavior")]
    public async Task ChoicePrompt_NumberExactFuzzyAndSeveral_AreRead(string answer, string expected)
    {
        await _client.SendAsync("hi");
        await _client.SendAsync("yesterday");
        await _client.SendAsync("yes");

        Assert.Contains(expected, (await _client.SendAsync(answer)).Joined());
    }

    [Fact]
    public async Task ChoicePrompt_NoMatch_RetriesWithTheSameButtons()
    {
        await _client.SendAsync("hi");
        await _client.SendAsync("yesterday");
        await _client.SendAsync("yes");

        var retry = await _client.SendAsync("7");

        Assert.Contains("tap a button", retry.Joined());
        Assert.Equal(["Reading", "Math", "Behavior", "I don't know"], retry[^1].Buttons());
    }
}
