using IepNavigator.Web.Bot;
using IepNavigator.Teams.Tests.Fakes;
using IepNavigator.Teams.Tests.Hosting;

namespace IepNavigator.Teams.Tests.Security;

/// <summary>
/// The host as it is, with MicrosoftAppId set: /api/messages must refuse (401) any request without a
/// valid Bot Connector JWT, before the bot runs.
/// </summary>
public sealed class BotAuthenticationTests : IAsyncLifetime
{
    private FakeBotConnector _connector = null!;
    private TeamsHostFactory _host = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _host = new TeamsHostFactory(RejectedRequest.RegisteredBotSettings);
        _http = _host.CreateClient();
    }

    [Fact]
    public Task NoAuthorizationHeader_Is401() => RejectedAsync("none");

    [Fact]
    public Task NotABearerToken_Is401() => RejectedAsync("basic");

    [Fact]
    public Task UnsignedToken_Is401() => RejectedAsync("unsigned");

    [Fact]
    public Task ExpiredToken_Is401() => RejectedAsync("expired");

    [Fact]
    public Task TokenForAnotherBot_Is401() => RejectedAsync("wrongAudience");

    private Task RejectedAsync(string kind) =>
        RejectedRequest.AssertRejectedAsync(_http, _connector, RejectedRequest.Header(kind, _connector.ServiceUrl));

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }
}
