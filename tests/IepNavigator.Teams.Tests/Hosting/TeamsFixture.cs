using System.Net;
using IepNavigator.Teams.Tests.Fakes;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Teams.Tests.Hosting;

/// <summary>One host and one fake connector for a test class; each test uses its own team, tenant and members.</summary>
public sealed class TeamsFixture : IAsyncLifetime
{
    public FakeBotConnector Connector { get; private set; } = null!;
    public TeamsHostFactory Host { get; private set; } = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        Connector = await FakeBotConnector.StartAsync();
        // Unsigned activities (no MicrosoftAppId) are taken only when allowed, and reply only to a listed serviceUrl.
        Host = new TeamsHostFactory(new Dictionary<string, string?>
        {
            ["Bot:AllowAnonymous"] = "true",
            ["Bot:AllowedServiceUrls:0"] = Connector.ServiceUrl,
        });
        _http = Host.CreateClient();
    }

    public TeamsActivities NewTeam() => new(Connector.ServiceUrl);

    /// <summary>Posts and requires success, as every Teams delivery in these tests should get.</summary>
    public async Task SendAsync(JObject activity)
    {
        var status = await _http.PostActivityAsync(activity);
        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.Accepted, $"POST /api/messages answered {(int)status}");
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
