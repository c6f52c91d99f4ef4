using IepNavigator.Dialogs.Tests.Testing;
using Microsoft.Bot.Schema;

namespace IepNavigator.Dialogs.Tests.Flows;

/// <summary>Hostile or odd input never breaks a turn: a polite reply, and the next turn still works.</summary>
public sealed class OddInputTests : IDisposable
{
    private readonly FlowHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    public static TheoryData<string> OddTexts => new()
    {
        "",
        "   ",
        "😀🙏😭",
        new string('x', 10_000),
        string.Concat(Enumerable.Repeat("he got suspended again and ", 400)),
        "<script>alert('hi')</script> **bold** [link](javascript:alert(1)) <img src=x onerror=alert(1)>",
        "# Heading\n\n- list\n- items\n\n```code```",
        "Bonjour, mon fils a des problèmes à l'école et j'ai besoin d'aide",
        "我的孩子在学校有困难",
        "\u0000\u0001\u0002",
        "'; DROP TABLE state_items; --",
        "{{ child.name }} {% raw %}",
    };

    [Theory]
    [MemberData(nameof(OddTexts))]
    public async Task OddOpening_GetsAPoliteReply_AndTheNextTurnWorks(string text)
    {
        var client = _harness.Client();

        var replies = await client.SendAsync(text);

        Assert.NotEmpty(replies);
        Assert.All(replies, r => Assert.False(string.IsNullOrWhiteSpace(r.Text)));
        await AssertStillWorksAsync(client);
    }

    [Theory]
    [MemberData(nameof(OddTexts))]
    public async Task OddAnswer_MidQuestion_AsksAgainAndTheNextTurnWorks(string text)
    {
        var client = _harness.Client();
        var question = (await client.SendAsync("the IEP isn't working"))[^1].Text;

        var replies = await client.SendAsync(text);

        Assert.NotEmpty(replies);
        Assert.Contains(question, replies[^1].Text);
        Assert.Contains("Is your child actually getting the services", (await client.SendAsync("no"))[^1].Text);
    }

    [Theory]
    [InlineData("Bonjour, mon fils a des problèmes à l'école et j'ai besoin d'aide")]
    [InlineData("我的孩子在学校有困难")]
    public async Task AnotherLanguage_SaysEnglishAndSpanishOnlyForNowAndPointsToHelp(string text)
    {
        // Spanish is a language of the chat (see SpanishConversationTests); others are pointed to help that speaks them.
        var client = _harness.Client();

        var replies = await client.SendAsync(text);

        Assert.Contains("only help in English and Spanish", replies[0].Text);
        Assert.Contains("Where are you in the process?", replies[^1].Text);
    }

    [Fact]
    public async Task AttachmentOnly_IsAcknowledgedPolitely()
    {
        var client = _harness.Client();
        var activity = client.MakeActivity();
        activity.Text = null;
        activity.Attachments = [new Attachment("image/png", "https://files.invalid/iep.png", name: "iep.png")];

        var replies = await client.SendAsync(activity);

        Assert.Contains("can't read attachments", replies.Joined());
        await AssertStillWorksAsync(client);
    }

    [Theory]
    [InlineData("somethingNew")]
    [InlineData(ActivityTypes.Typing)]
    [InlineData(ActivityTypes.MessageReaction)]
    [InlineData(ActivityTypes.EndOfConversation)]
    public async Task OtherActivityTypes_AreIgnoredWithoutBreakingState(string type)
    {
        var client = _harness.Client();
        var question = (await client.SendAsync("the IEP isn't working"))[^1].Text;
        var activity = client.MakeActivity();
        activity.Type = type;

        await client.SendAsync(activity);

        Assert.Contains("Is your child actually getting the services", (await client.SendAsync("no"))[^1].Text);
        Assert.NotNull(question);
    }

    private static async Task AssertStillWorksAsync(DialogTestClient client)
    {
        await client.SendAsync("start over");
        var replies = await client.SendAsync("he got suspended again");
        // The discipline questions begin: whether there is an IEP decides which protections apply.
        Assert.Contains("Does your child have an IEP", replies[^1].Text);
    }
}
