using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Teams;
using IepNavigator.Teams.Tests.Fakes;
using IepNavigator.Teams.Tests.Hosting;

namespace IepNavigator.Teams.Tests.Teams;

/// <summary>Group chats behave like channels; 1:1 chats hold the case conversation, greeted once.</summary>
public sealed class GroupAndPersonalChatTests(TeamsFixture fixture) : IClassFixture<TeamsFixture>
{
    private static readonly TeamsContent Content = new();
    private static readonly MessageCatalog Messages = new();

    [Fact]
    public async Task GroupChat_GeneralQuestion_IsAnsweredInTheChat()
    {
        var team = fixture.NewTeam();
        const string question = "what is an IEE?";
        var expected = new ExplainerCatalog().Find(question);
        var post = team.GroupChatMessage(TeamsActivities.NewMember(), question);

        await fixture.SendAsync(post);

        var reply = Assert.Single(fixture.Connector.MessagesIn(team.GroupChatId));
        Assert.NotNull(expected);
        Assert.Contains(expected.Text, reply.Text, StringComparison.Ordinal);
        Assert.Equal((string?)post["id"], reply.ReplyToId);
    }

    [Fact]
    public async Task GroupChat_ChildsDetails_GoToTheWritersPrivateChatOnly()
    {
        var team = fixture.NewTeam();
        var member = TeamsActivities.NewMember();

        await fixture.SendAsync(team.GroupChatMessage(member, "I asked for an evaluation for my daughter Maya on 9/3 and nothing happened"));

        var inGroup = Assert.Single(fixture.Connector.MessagesIn(team.GroupChatId));
        Assert.Equal(Content["channel.movedPrivate"], inGroup.Text);
        Assert.DoesNotContain("Maya", inGroup.VisibleContent, StringComparison.Ordinal);
        Assert.NotEmpty(fixture.Connector.MessagesIn(FakeBotConnector.PersonalConversationId(member.Id)));
    }

    [Fact]
    public async Task PersonalChat_FirstMessage_IsWelcomedOnceThenTheConversationGoesOn()
    {
        var team = fixture.NewTeam();
        var member = TeamsActivities.NewMember();
        var chat = FakeBotConnector.PersonalConversationId(member.Id);

        await fixture.SendAsync(team.PersonalMessage(member, "hi"));
        var firstTurn = fixture.Connector.MessagesIn(chat);
        await fixture.SendAsync(team.PersonalMessage(member, "hello"));
        var secondTurn = fixture.Connector.MessagesIn(chat).Skip(firstTurn.Count).ToList();

        Assert.Equal(Messages["welcome"], firstTurn[0].Text);
        Assert.True(firstTurn.Count > 1, "the first message is answered after the welcome");
        Assert.NotEmpty(secondTurn);
        Assert.DoesNotContain(secondTurn, m => m.Text == Messages["welcome"]);
    }

    [Fact]
    public async Task PersonalInstall_SaysNothingUntilTheMemberWrites()
    {
        var team = fixture.NewTeam();
        var member = TeamsActivities.NewMember();
        fixture.Connector.AddMember(member.Id, member.AadObjectId, team.TenantId);

        await fixture.SendAsync(team.MembersAddedToPersonalChat(member, TeamsActivities.BotId, member.Id));
        var afterInstall = fixture.Connector.MessagesIn(FakeBotConnector.PersonalConversationId(member.Id)).Count;
        await fixture.SendAsync(team.PersonalMessage(member, "hi"));

        Assert.Equal(0, afterInstall);
        Assert.Equal(Messages["welcome"], fixture.Connector.MessagesIn(FakeBotConnector.PersonalConversationId(member.Id))[0].Text);
    }

    [Fact]
    public async Task PersonalChat_AfterAMoveFromAChannel_IsNotWelcomedAgain()
    {
        var team = fixture.NewTeam();
        var member = TeamsActivities.NewMember();
        var chat = FakeBotConnector.PersonalConversationId(member.Id);
        await fixture.SendAsync(team.ChannelMessage(member, "my son was suspended again"));
        var moved = fixture.Connector.MessagesIn(chat).Count;

        await fixture.SendAsync(team.PersonalMessage(member, "why?"));

        var next = fixture.Connector.MessagesIn(chat).Skip(moved).ToList();
        Assert.NotEmpty(next);
        Assert.DoesNotContain(next, m => m.Text == Messages["welcome"] || m.Text == Content["personal.fromChannel"]);
    }

    [Fact]
    public async Task PersonalChat_Replies_ShowAtMostThreeSuggestedActions()
    {
        var team = fixture.NewTeam();
        var member = TeamsActivities.NewMember();

        // The opening question offers its choices as buttons; every reply of the turn is checked.
        await fixture.SendAsync(team.PersonalMessage(member, "hi"));
        await fixture.SendAsync(team.PersonalMessage(member, "I'm stuck or being dismissed"));

        var replies = fixture.Connector.MessagesIn(FakeBotConnector.PersonalConversationId(member.Id));
        Assert.Contains(replies, r => r.Body!["suggestedActions"] is not null || r.Body["attachments"] is not null);
        Assert.All(replies, r => Assert.True((r.Body!.SelectToken("suggestedActions.actions")?.Count() ?? 0) <= TeamsSuggestedActions.TeamsLimit));
    }
}
