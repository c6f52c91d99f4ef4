using IepNavigator.Dialogs.Teams;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Teams.Tests.Teams;

public sealed class BotMentionTests
{
    private const string BotId = "28:bot";

    [Theory]
    [InlineData("<at>IEP Navigator</at> what is an IEE?", "<at>IEP Navigator</at>", "what is an IEE?")]
    [InlineData("<at>IEP Navigator</at>&nbsp;what is an IEE?", "<at>IEP Navigator</at>", "what is an IEE?")]
    [InlineData("<at>IEP&nbsp;Navigator</at> what is an IEE?", "<at>IEP Navigator</at>", "what is an IEE?")]
    [InlineData("what is an IEE, <at>IEP Navigator</at>?", "<at>IEP Navigator</at>", "what is an IEE, ?")]
    [InlineData("<at>IEP Navigator</at>", "<at>IEP Navigator</at>", "")]
    public void Remove_TheBotsMention_LeavesOnlyWhatTheMemberWrote(string text, string mentionText, string expected)
    {
        var activity = MessageMentioning(text, (BotId, mentionText));

        Assert.Equal(expected, BotMention.Remove(activity));
        Assert.Equal(expected, activity.Text);
    }

    [Fact]
    public void Remove_MentionOfAnotherMember_StaysInTheMessage()
    {
        var activity = MessageMentioning("<at>IEP Navigator</at> can <at>Sam</at> join the meeting?", (BotId, "<at>IEP Navigator</at>"), ("29:sam", "<at>Sam</at>"));

        Assert.Equal("can <at>Sam</at> join the meeting?", BotMention.Remove(activity));
    }

    private static Activity MessageMentioning(string text, params (string Id, string Text)[] mentions) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Recipient = new ChannelAccount(BotId, "IEP Navigator"),
        Entities = [.. mentions.Select(m => new Entity("mention") { Properties = new JObject
        {
            ["mentioned"] = new JObject { ["id"] = m.Id, ["name"] = "x" },
            ["text"] = m.Text,
        } })],
    };
}
