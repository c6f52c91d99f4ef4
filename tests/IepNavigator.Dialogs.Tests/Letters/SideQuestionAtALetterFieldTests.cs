using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using static IepNavigator.Dialogs.Tests.Letters.LetterFieldTurns;

namespace IepNavigator.Dialogs.Tests.Letters;

/// <summary>
/// A side question typed at a letter field ("how long do they have to answer this?", "y esto cuanto se tardan en
/// contestar?") got "I couldn't read the parent's name in that" (found trying the bot as a parent): it is answered the
/// way the rest of the chat answers side questions, then the same field is asked again with its Skip button, and the
/// question never goes into the letter.
/// </summary>
public sealed class SideQuestionAtALetterFieldTests : IDisposable
{
    private readonly LetterHarness _harness = new();
    private readonly MessageCatalog _messages;

    public SideQuestionAtALetterFieldTests() => _messages = _harness.Services.GetRequiredService<MessageCatalog>();

    public void Dispose() => _harness.Dispose();

    [Theory]
    [InlineData("how long do they have to answer this?")]
    [InlineData("do I have to sign it?")]
    public async Task ASideQuestion_AtTheSigningName_IsAnswered_ThenTheNameAskedAgainWithSkip(string question)
    {
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);
        var asking = await AnswerUntilAsync(client, await client.SendAsync("Draft the letter"), "parentName");

        var answered = await client.SendAsync(question);

        var notThatKind = _messages["letterField.notThatKind"].Split('{')[0];
        Assert.False(answered.Any(r => r.Text?.StartsWith(notThatKind, StringComparison.Ordinal) == true), answered.Joined());
        Assert.True(answered.Count >= 2, answered.Joined());
        Assert.Equal("parentName", Awaiting(answered));
        Assert.Equal(asking[^1].Text, answered[^1].Text);
        Assert.Equal(["Skip"], answered[^1].Buttons());
        await FinishAsync(client, await client.SendAsync("Ana Rivera"));
        Assert.Equal("Ana Rivera", _harness.Links.Orders.Values.Last().Fields["parentName"]);
    }
}
