using IepNavigator.Dialogs.Teams;
using IepNavigator.Knowledge.Content;
using IepNavigator.Teams.Tests.Fakes;
using IepNavigator.Teams.Tests.Hosting;

namespace IepNavigator.Teams.Tests.Teams;

/// <summary>The team is greeted once when the app is installed, not once per member.</summary>
public sealed class InstallWelcomeTests(TeamsFixture fixture) : IClassFixture<TeamsFixture>
{
    private static readonly TeamsContent Content = new();

    [Fact]
    public async Task Install_InATeam_WelcomesTheChannelOnceEvenWhenRedelivered()
    {
        var team = fixture.NewTeam();
        var owner = TeamsActivities.NewMember();

        await fixture.SendAsync(team.MembersAddedToTeam(owner, TeamsActivities.BotId));
        await fixture.SendAsync(team.MembersAddedToTeam(owner, TeamsActivities.BotId));

        var welcome = Assert.Single(fixture.Connector.MessagesIn(team.ChannelId));
        Assert.Equal(Content["team.installed"], welcome.Text);
    }

    [Fact]
    public async Task Install_FromASpanishTeamsClient_WelcomesInSpanish()
    {
        var team = fixture.NewTeam();
        var install = team.MembersAddedToTeam(TeamsActivities.NewMember(), TeamsActivities.BotId);
        install["locale"] = "es-US";

        await fixture.SendAsync(install);

        var welcome = Assert.Single(fixture.Connector.MessagesIn(team.ChannelId));
        using (ContentLanguage.Begin(ContentLanguage.Spanish))
        {
            Assert.Equal(Content["team.installed"], welcome.Text);
        }
        using (ContentLanguage.Begin(ContentLanguage.English))
        {
            Assert.NotEqual(Content["team.installed"], welcome.Text);
        }
    }

    [Fact]
    public async Task MembersJoiningTheTeam_AreNotWelcomedOneByOne()
    {
        var team = fixture.NewTeam();
        var owner = TeamsActivities.NewMember();
        var joining = TeamsActivities.NewMember();
        fixture.Connector.AddMember(joining.Id, joining.AadObjectId, team.TenantId);
        await fixture.SendAsync(team.MembersAddedToTeam(owner, TeamsActivities.BotId));

        await fixture.SendAsync(team.MembersAddedToTeam(owner, joining.Id));
        await fixture.SendAsync(team.MembersAddedToTeam(owner, TeamsActivities.NewMember().Id));

        Assert.Single(fixture.Connector.MessagesIn(team.ChannelId));
        Assert.Empty(fixture.Connector.MessagesIn(FakeBotConnector.PersonalConversationId(joining.Id)));
        // Teams' own member lookup happened (the handler asks the connector who joined): the event was really processed.
        Assert.Contains(fixture.Connector.Calls, c => c.Method == "GET" && c.Path.EndsWith(Uri.EscapeDataString(joining.Id), StringComparison.Ordinal) || c.Method == "GET" && c.Path.EndsWith(joining.Id, StringComparison.Ordinal));
    }
}
