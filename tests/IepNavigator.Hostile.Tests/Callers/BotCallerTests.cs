using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Hostile.Tests.Callers;

/// <summary>
/// Who may post to /api/messages without a Bot Framework token (issue 21, items 1 and 2): nobody outside Development
/// unless Bot:AllowAnonymous says so, and then the replies go only to a serviceUrl the host trusts.
/// </summary>
public sealed class BotCallerTests
{
    private static Dictionary<string, string?> Unsigned(bool allowAnonymous) => new(HostileHost.Unthrottled())
    {
        ["MicrosoftAppId"] = "",
        ["Bot:AllowAnonymous"] = allowAnonymous ? "true" : "false",
    };

    [Fact]
    public async Task UnsignedActivity_OutsideDevelopment_Is401_TheBotNeverRuns_AndOneWarningSaysWhy()
    {
        using var host = new HostileHost(Unsigned(allowAnonymous: false), environment: "Production");
        var victim = new ChatClient(host.CreateBoundedClient(), "victim-conversation", "victim-parent");

        using var response = await victim.PostRawAsync(Body(victim, "delete my data"), "application/json");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(ChatClient.ReplyTexts(await response.Content.ReadAsStringAsync()));
        var warning = Assert.Single(host.Logs.WarningsDuring("/api/messages"));
        Assert.Equal(7202, warning.EventId);
        Assert.Null(warning.Exception);
        Assert.Empty(Directory.Exists(host.DataDirectory) ? await StoredKeysAsync(host, "victim-parent") : []);
    }

    [Fact]
    public async Task UnsignedActivity_WithAllowAnonymous_IsAnswered_AndTheStartWarnsOnce()
    {
        using var host = new HostileHost(Unsigned(allowAnonymous: true), environment: "Production");
        var chat = new ChatClient(host.CreateBoundedClient(), "trusted-network", "parent-1");

        Assert.NotEmpty(await chat.SayAsync("hi"));

        var started = Assert.Single(host.Logs.Warnings, e => e.EventId == 7204);
        Assert.Contains("Bot:AllowAnonymous", started.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnsignedActivity_InDevelopment_IsAnswered_WithoutAllowAnonymous_AndNoStartWarning()
    {
        using var host = new HostileHost(new(HostileHost.Unthrottled()) { ["MicrosoftAppId"] = "", ["Bot:AllowAnonymous"] = "false" }, environment: "Development");
        var chat = new ChatClient(host.CreateBoundedClient(), "emulator", "parent-1");

        Assert.NotEmpty(await chat.SayAsync("hi")); // the README's curl example: serviceUrl http://localhost/

        Assert.DoesNotContain(host.Logs.Warnings, e => e.EventId == 7204);
    }

    [Fact]
    public async Task UnsignedActivity_NamingAnUnlistedServiceUrl_Is403_AndNothingIsSentThere()
    {
        await using var elsewhere = await LoopbackListener.StartAsync();
        using var host = new HostileHost(Unsigned(allowAnonymous: true), environment: "Production");
        var chat = new ChatClient(host.CreateBoundedClient(), "ssrf-attempt", "parent-1");

        // Without expectReplies the adapter would POST its replies to serviceUrl.
        using var response = await chat.PostRawAsync(Body(chat, "hi", serviceUrl: elsewhere.Url, expectReplies: false), "application/json");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(elsewhere.Requests);
        Assert.Single(host.Logs.Warnings, e => e.EventId == 7203);
    }

    [Fact]
    public async Task UnsignedActivity_NamingAListedServiceUrl_RepliesThere()
    {
        await using var channel = await LoopbackListener.StartAsync();
        using var host = new HostileHost(new(Unsigned(allowAnonymous: true)) { ["Bot:AllowedServiceUrls:1"] = channel.Url }, environment: "Production");
        var chat = new ChatClient(host.CreateBoundedClient(), "listed-channel", "parent-1");

        using var response = await chat.PostRawAsync(Body(chat, "hi", serviceUrl: channel.Url, expectReplies: false), "application/json");

        Assert.True(response.IsSuccessStatusCode, $"answered {(int)response.StatusCode}");
        Assert.NotEmpty(channel.Requests);
    }

    [Theory]
    [InlineData("http://127.0.0.1:9/")]
    [InlineData("http://[::1]/")]
    [InlineData("http://localhost:3978/")]
    public async Task UnsignedActivity_NamingLoopback_OutsideDevelopment_Is403(string serviceUrl)
    {
        using var host = new HostileHost(Unsigned(allowAnonymous: true), environment: "Production");
        var chat = new ChatClient(host.CreateBoundedClient(), "loopback", "parent-1");

        using var response = await chat.PostRawAsync(Body(chat, "hi", serviceUrl: serviceUrl), "application/json");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("https://attacker.example/")]
    [InlineData("http://localhost.attacker.example/")]
    [InlineData("http://user@localhost/")]
    public async Task UnsignedActivity_NamingAnotherHost_InDevelopment_Is403(string serviceUrl)
    {
        using var host = new HostileHost(new(HostileHost.Unthrottled()) { ["MicrosoftAppId"] = "" }, environment: "Development");
        var chat = new ChatClient(host.CreateBoundedClient(), "dev-elsewhere", "parent-1");

        using var response = await chat.PostRawAsync(Body(chat, "hi", serviceUrl: serviceUrl), "application/json");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AllowedServiceUrl_MatchesItsPathOnly_NotALongerOne()
    {
        using var host = new HostileHost(new(Unsigned(allowAnonymous: true)) { ["Bot:AllowedServiceUrls:1"] = "https://smba.example/amer" }, environment: "Production");
        var chat = new ChatClient(host.CreateBoundedClient(), "paths", "parent-1");

        using var sibling = await chat.PostRawAsync(Body(chat, "hi", serviceUrl: "https://smba.example/amerx/"), "application/json");
        using var listed = await chat.PostRawAsync(Body(chat, "hi", serviceUrl: "https://smba.example/amer/"), "application/json");

        Assert.Equal(HttpStatusCode.Forbidden, sibling.StatusCode);
        Assert.True(listed.IsSuccessStatusCode, $"answered {(int)listed.StatusCode}"); // expectReplies: nothing is sent there
    }

    internal static byte[] Body(ChatClient chat, string text, string serviceUrl = ChatClient.ServiceUrl, bool expectReplies = true)
    {
        var activity = ChatClient.Envelope("message", chat.ConversationId, chat.UserId);
        activity["text"] = text;
        activity["serviceUrl"] = serviceUrl;
        if (!expectReplies)
        {
            activity.Remove("deliveryMode");
        }
        return Encoding.UTF8.GetBytes(activity.ToString(Formatting.None));
    }

    /// <summary>The state keys stored for <paramref name="userId"/> (the bot writes a case on its first turn).</summary>
    private static async Task<IReadOnlyList<string>> StoredKeysAsync(HostileHost host, string userId)
    {
        var file = Path.Combine(host.DataDirectory, "bot-state.db");
        if (!File.Exists(file))
        {
            return [];
        }
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT key FROM state_items WHERE instr(key, $user) > 0";
        command.Parameters.AddWithValue("$user", userId);
        var keys = new List<string>();
        using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }
        return keys;
    }
}
