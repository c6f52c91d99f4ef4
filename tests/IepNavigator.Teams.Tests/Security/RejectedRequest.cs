using System.Diagnostics;
using System.Net;
using IepNavigator.Teams.Tests.Fakes;
using IepNavigator.Teams.Tests.Hosting;

namespace IepNavigator.Teams.Tests.Security;

/// <summary>What a forged Teams delivery, and the Authorization header it carries, should get: a 401, and no reply anywhere.</summary>
public static class RejectedRequest
{
    public const string AppId = "6f1f8a3e-0000-4000-8000-00000000b07a";

    /// <summary>The host's Bot Framework settings for a registered bot (the secret is never used: nothing is sent).</summary>
    public static readonly IReadOnlyDictionary<string, string?> RegisteredBotSettings = new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "not-a-real-secret",
    };

    public static string? Header(string kind, string serviceUrl) => kind switch
    {
        "none" => null,
        "basic" => "Basic " + Convert.ToBase64String("user:password"u8.ToArray()),
        "garbage" => "Bearer not.a.jwt",
        "unsigned" => "Bearer " + BotConnectorTokens.Unsigned(AppId, serviceUrl),
        "expired" => "Bearer " + BotConnectorTokens.Expired(AppId, serviceUrl),
        "wrongAudience" => "Bearer " + BotConnectorTokens.ForAnotherBot(serviceUrl),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static async Task AssertRejectedAsync(HttpClient http, FakeBotConnector connector, string? authorization)
    {
        var post = new TeamsActivities(connector.ServiceUrl).ChannelMessage(TeamsActivities.NewMember(), "what is an IEE?");
        var clock = Stopwatch.StartNew();

        var status = await http.PostActivityAsync(post, authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Empty(connector.Calls);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"rejecting took {clock.Elapsed}");
    }
}
