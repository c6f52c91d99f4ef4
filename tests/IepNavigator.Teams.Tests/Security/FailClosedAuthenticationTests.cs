using IepNavigator.Web.Bot;
using IepNavigator.Dialogs.Teams;
using IepNavigator.Teams.Tests.Fakes;
using IepNavigator.Teams.Tests.Hosting;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IepNavigator.Teams.Tests.Security;

/// <summary>
/// The host with the proposed one-line fix in AddBotHost (the same ConfigurationBotFrameworkAuthentication,
/// wrapped in <see cref="FailClosedBotFrameworkAuthentication"/>): every kind of bad token is a 401.
/// </summary>
public sealed class FailClosedAuthenticationTests : IAsyncLifetime
{
    private FakeBotConnector _connector = null!;
    private TeamsHostFactory _host = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _host = new TeamsHostFactory(RejectedRequest.RegisteredBotSettings, services =>
            services.AddSingleton<BotFrameworkAuthentication>(sp => new FailClosedBotFrameworkAuthentication(
                new ConfigurationBotFrameworkAuthentication(sp.GetRequiredService<IConfiguration>(), logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()))));
        _http = _host.CreateClient();
    }

    [Theory]
    [InlineData("none")]
    [InlineData("basic")]
    [InlineData("garbage")]
    [InlineData("unsigned")]
    [InlineData("expired")]
    [InlineData("wrongAudience")]
    public Task BadOrMissingToken_Is401AndNeverReachesTheBot(string kind) =>
        RejectedRequest.AssertRejectedAsync(_http, _connector, RejectedRequest.Header(kind, _connector.ServiceUrl));

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }
}
