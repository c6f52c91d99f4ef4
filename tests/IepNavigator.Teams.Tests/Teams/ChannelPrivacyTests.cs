using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Teams;
using IepNavigator.Dialogs.Understanding;
using IepNavigator.Teams.Tests.Fakes;
using IepNavigator.Teams.Tests.Hosting;

namespace IepNavigator.Teams.Tests.Teams;

/// <summary>A team channel: general answers in the thread, a child's details only ever in a 1:1 chat.</summary>
public sealed class ChannelPrivacyTests(TeamsFixture fixture) : IClassFixture<TeamsFixture>
{
    private const string SonSuspended = "my son Jacob is in 3rd grade and has been suspended 3 times since 9/14, 12 days in all";
    private const string DaughterNotEligible = "the school said my daughter doesnt qualify for special education after her evaluation";
    private static readonly TeamsContent Content = new();
    private static readonly MessageCatalog Messages = new();

    [Fact]
    public async Task ChannelMessage_SharingAChildsDetails_PostsNoDetailToTheChannelAndContinuesPrivately()
    {
        var team = fixture.NewTeam();
        var member = TeamsActivities.NewMember();
        var post = team.ChannelMessage(member, SonSuspended);

        await fixture.SendAsync(post);

        var channel = fixture.Connector.MessagesIn(team.ChannelId);
        var notice = Assert.Single(channel);
        Assert.Equal(Content["channel.movedPrivate"], notice.Text);
        Assert.Equal((string?)post["id"], notice.ReplyToId);
        foreach (var detail in new[] { "Jacob", "3rd grade", "suspen", "9/14", "12 days" })
        {
            Assert.DoesNotContain(detail, notice.VisibleContent, StringComparison.OrdinalIgnoreCase);
        }
        var personal = fixture.Connector.MessagesIn(FakeBotConnector.PersonalConversationId(member.Id));
        Assert.True(personal.Count >= 2, "the case should go on in the 1:1 chat");
        Assert.Equal(Content["personal.fromChannel"], personal[0].Text);
    }

    [Fact]
    public async Task ChannelMessage_SharingAChildsDetails_CreatesTheOneToOneChatForTheWriterInTheirTenant()
    {
        var team = fixture.NewTeam();
        var writer = TeamsActivities.NewMember();
        var before = fixture.Connector.ConversationsCreated.Count;

        await fixture.SendAsync(team.ChannelMessage(writer, SonSuspended));

        var created = fixture.Connector.ConversationsCreated.Skip(before).Where(c => c.Body?.Value<string>("tenantId") == team.TenantId).ToList();
        var body = Assert.Single(created).Body!;
        Assert.False(body.Value<bool?>("isGroup") ?? false);
        Assert.Equal(writer.Id, Assert.Single(body["members"]!).Value<string>("id"));
        Assert.Equal(team.TenantId, (string?)body.SelectToken("channelData.tenant.id"));
        Assert.Equal(TeamsActivities.BotId, (string?)body.SelectToken("bot.id"));
        // The replies of the private turn go to the conversation the connector created, nowhere else.
        var personalId = FakeBotConnector.PersonalConversationId(writer.Id);
        Assert.NotEmpty(fixture.Connector.MessagesIn(personalId));
        Assert.All(fixture.Connector.MessagesIn(personalId), m => Assert.Equal(personalId, (string?)m.Body!.SelectToken("conversation.id")));
    }

    [Fact]
    public async Task ChannelMessages_FromTwoMembers_KeepTwoSeparateCases()
    {
        var team = fixture.NewTeam();
        var first = TeamsActivities.NewMember();
        var second = TeamsActivities.NewMember();
        var stages = fixture.Host.Services.GetService(typeof(StageRecognizer)) as StageRecognizer;

        await fixture.SendAsync(team.ChannelMessage(first, SonSuspended));
        await fixture.SendAsync(team.ChannelMessage(second, DaughterNotEligible));

        var firstCase = (await fixture.Host.CaseBookAsync(first.Id, FakeBotConnector.PersonalConversationId(first.Id))).Active();
        var secondCase = (await fixture.Host.CaseBookAsync(second.Id, FakeBotConnector.PersonalConversationId(second.Id))).Active();
        Assert.NotNull(firstCase.Stage);
        Assert.Equal(StageCatalog.Parse(stages!.Recognize(SonSuspended).Confident), firstCase.Stage);
        Assert.Equal(StageCatalog.Parse(stages.Recognize(DaughterNotEligible).Confident), secondCase.Stage);
        Assert.NotEqual(firstCase.Stage, secondCase.Stage);
        // Nothing runs in the channel's shared conversation state, for either member.
        Assert.False(await fixture.Host.HasActiveDialogAsync(first.Id, team.ChannelId));
        Assert.False(await fixture.Host.HasActiveDialogAsync(second.Id, team.ChannelId));
        // Each member's 1:1 chat received only their own conversation.
        var firstChat = string.Join("\n", fixture.Connector.MessagesIn(FakeBotConnector.PersonalConversationId(first.Id)).Select(m => m.VisibleContent));
        var secondChat = string.Join("\n", fixture.Connector.MessagesIn(FakeBotConnector.PersonalConversationId(second.Id)).Select(m => m.VisibleContent));
        Assert.NotEqual(firstChat, secondChat);
    }

    [Fact]
    public async Task ChannelMessage_OnlyTheBotMention_IsStrippedAndGetsTheChannelIntroduction()
    {
        var team = fixture.NewTeam();
        var post = team.ChannelMessage(TeamsActivities.NewMember(), "");

        await fixture.SendAsync(post);

        var reply = Assert.Single(fixture.Connector.MessagesIn(team.ChannelId));
        Assert.Equal(Content["channel.intro"], reply.Text);
        Assert.Equal((string?)post["id"], reply.ReplyToId);
    }

    [Fact]
    public async Task ChannelMessage_TheBotsMentionText_IsNeverReadAsTheMembersWords()
    {
        // A team may know the app by a name that reads like a request ("Start Here"); only "thanks!" was written.
        var team = fixture.NewTeam();
        var before = fixture.Connector.ConversationsCreated.Count;

        await fixture.SendAsync(team.ChannelMessage(TeamsActivities.NewMember(), "thanks!", mentionText: "<at>Start Here</at>"));

        var reply = Assert.Single(fixture.Connector.MessagesIn(team.ChannelId));
        Assert.Equal(Content["channel.intro"], reply.Text);
        Assert.Equal(before, fixture.Connector.ConversationsCreated.Count);
    }

    [Fact]
    public async Task ChannelMessage_GeneralQuestionWithMention_IsAnsweredInTheThread()
    {
        var team = fixture.NewTeam();
        const string question = "what's the difference between an IEP and a 504 plan?";
        var expected = new ExplainerCatalog().Find(question);
        var before = fixture.Connector.ConversationsCreated.Count;

        await fixture.SendAsync(team.ChannelMessage(TeamsActivities.NewMember(), question));

        var reply = Assert.Single(fixture.Connector.MessagesIn(team.ChannelId));
        Assert.NotNull(expected);
        Assert.Contains(expected.Text, reply.Text, StringComparison.Ordinal);
        Assert.Equal(before, fixture.Connector.ConversationsCreated.Count);
    }

    [Fact]
    public async Task ChannelMessage_WhenThePrivateChatIsRefused_PointsToAOneToOneChatWithoutDetails()
    {
        var team = fixture.NewTeam();
        var member = TeamsActivities.NewMember();
        fixture.Connector.RefuseConversations = true;
        try
        {
            await fixture.SendAsync(team.ChannelMessage(member, SonSuspended));
        }
        finally
        {
            fixture.Connector.RefuseConversations = false;
        }

        var reply = Assert.Single(fixture.Connector.MessagesIn(team.ChannelId));
        Assert.Equal(Messages["groupChat.private"], reply.Text);
        Assert.Empty(fixture.Connector.MessagesIn(FakeBotConnector.PersonalConversationId(member.Id)));
    }
}
