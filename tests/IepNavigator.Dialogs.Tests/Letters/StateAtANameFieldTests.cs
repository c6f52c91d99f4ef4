using IepNavigator.Dialogs.Tests.Testing;
using static IepNavigator.Dialogs.Tests.Letters.LetterFieldTurns;

namespace IepNavigator.Dialogs.Tests.Letters;

/// <summary>
/// "Ohio" typed at "What name should you sign the letter with?" was signed "Ohio" (found trying the bot as a parent): a
/// state at a person's name is asked again once, as a district is, and kept as the family's state, said back (a fact
/// told is never lost). A name people also have ("Georgia") is still a name.
/// </summary>
public sealed class StateAtANameFieldTests : IDisposable
{
    private readonly LetterHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Theory]
    [InlineData("Ohio", "OH", "Ohio")]
    [InlineData("we're in Ohio", "OH", "Ohio")]
    [InlineData("Texas", "TX", "Texas")]
    public async Task AState_AtTheSigningName_IsAskedAgain_KeptAsTheFamilysState_AndSaidBack(string typed, string code, string said)
    {
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);
        await AnswerUntilAsync(client, await client.SendAsync("Draft the letter"), "parentName");

        var answered = await client.SendAsync(typed);

        Assert.Equal("parentName", Awaiting(answered));
        Assert.Equal(code, (string?)Facts(answered)?["state"]);
        Assert.Contains(said, answered.Joined(), StringComparison.Ordinal);
        await FinishAsync(client, await client.SendAsync("Ana Rivera"));
        Assert.Equal("Ana Rivera", _harness.Links.Orders.Values.Last().Fields["parentName"]);
    }

    [Fact]
    public async Task Spanish_AStateAtTheSigningName_IsAskedAgain_AndKept()
    {
        var client = _harness.Client(locale: "es-US");
        await ReachSpanishAdviceAsync(client);
        await AnswerUntilAsync(client, await client.SendAsync("Redactar la carta"), "parentName", SpanishAnswers, OwnSpanishAnswer);

        var answered = await client.SendAsync("vivimos en Texas");

        Assert.Equal("parentName", Awaiting(answered));
        Assert.Equal("TX", (string?)Facts(answered)?["state"]);
    }

    [Fact]
    public async Task AName_PeopleAlsoHave_IsStillAName()
    {
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);
        await AnswerUntilAsync(client, await client.SendAsync("Draft the letter"), "parentName");

        var answered = await client.SendAsync("Georgia Rivera");

        Assert.NotEqual("parentName", Awaiting(answered));
        await FinishAsync(client, answered);
        Assert.Equal("Georgia Rivera", _harness.Links.Orders.Values.Last().Fields["parentName"]);
    }
}
