using System.Net;
using System.Text;
using IepNavigator.DirectLine.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace IepNavigator.DirectLine.Tests;

/// <summary>POST /api/widget/token: new visitors, returning browsers, and Azure mode.</summary>
public sealed class WidgetTokenTests
{
    private static async Task<JObject> RequestAsync(DirectLineTestHost host, string? body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await host.Client.PostAsync(new Uri("http://localhost/api/widget/token"), content);
        Assert.Equal(expected, response.StatusCode);
        return Json.Parse(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task NewVisitor_GetsATokenUserIdAndLifetime_ThatStartAConversation()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var issued = await RequestAsync(host, null);

        Assert.StartsWith("dl_", (string)issued["userId"]!, StringComparison.Ordinal);
        Assert.Equal(1800, (int)issued["expires_in"]!);
        Assert.False((bool)issued["resumed"]!);
        Assert.Equal("http://localhost/v3/directline", (string)issued["domain"]!);

        using var started = await Session.SendAsync(host, HttpMethod.Post, "conversations", (string)issued["token"]!, """{"user":{}}""");
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal((string)issued["conversationId"]!, (string)Json.Parse(await started.Content.ReadAsStringAsync())["conversationId"]!);
        Assert.Equal((string)issued["userId"]!, host.Bot.Received.Single().From.Id);
    }

    [Fact]
    public async Task StartWithALocale_OpensTheConversationNow_AndItsStreamReplaysTheGreeting()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var issued = await RequestAsync(host, """{"start":true,"locale":"es-US"}""");

        Assert.True((bool)issued["started"]!);
        var update = host.Bot.Received.Single();
        Assert.Equal("conversationUpdate", update.Type);
        Assert.Equal("es-US", update.Locale);
        Assert.Equal((string)issued["userId"]!, update.From.Id);

        // Web Chat opens the stream straight away (no start call): the conversation is there, bound to the token.
        await using var stream = await StreamClient.OpenAsync(host, (string)issued["streamUrl"]!);
        var session = new Session(host, (string)issued["conversationId"]!, (string)issued["token"]!, (string)issued["streamUrl"]!);
        await session.PostAsync(Session.Message("hello", "c1"));
        var seen = await stream.ReadUntilAsync(a => (string?)a["text"] == "echo: hello");
        Assert.Equal(["hello", "echo: hello"], seen.Select(a => (string)a["text"]!));

        // A reload resumes it, with a stream URL again and no second conversationUpdate.
        var again = await RequestAsync(host, new JObject { ["conversationToken"] = issued["token"], ["userKey"] = issued["userKey"], ["start"] = true }.ToString());
        Assert.True((bool)again["resumed"]!);
        Assert.False(string.IsNullOrEmpty((string?)again["streamUrl"]));
        Assert.Single(host.Bot.Received, a => a.Type == "conversationUpdate");
    }

    [Fact]
    public async Task Start_CarriesTheLastMessages_ForTheWidgetToShowWhileWebChatLoads()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        // Without start (Web Chat starts the conversation itself) there is nothing to preview.
        Assert.Null((await RequestAsync(host, null))["preview"]);

        var issued = await RequestAsync(host, """{"start":true}""");
        Assert.Empty((JArray)issued["preview"]!); // this bot greets only on webchat/join: nothing said yet
        var session = new Session(host, (string)issued["conversationId"]!, (string)issued["token"]!, (string)issued["streamUrl"]!);
        await session.PostAsync(Session.Message("hello", "c1"));
        await session.PostAsync(Session.Message("**second** [link](https://example.org/)", "c2"));

        // A reload: the last messages, oldest first, each with who said it; the widget shows them before Web Chat is ready.
        var again = await RequestAsync(host, new JObject { ["conversationToken"] = issued["token"], ["userKey"] = issued["userKey"], ["start"] = true }.ToString());
        Assert.True((bool)again["resumed"]!);
        var preview = ((JArray)again["preview"]!).Select(m => ((string)m["from"]!, (string)m["text"]!)).ToList();
        Assert.Equal(
            [("bot", "echo: hello"), ("user", "**second** [link](https://example.org/)"), ("bot", "echo: **second** [link](https://example.org/)")],
            preview);
    }

    [Theory]
    [InlineData("""{"start":true,"locale":"es-US\"><script>"}""")]
    [InlineData("""{"start":true,"locale":12}""")]
    public async Task StartWithAMalformedLocale_StartsWithoutOne_OrIsANewVisitor(string body)
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var issued = await RequestAsync(host, body);

        Assert.StartsWith("dl_", (string)issued["userId"]!, StringComparison.Ordinal);
        Assert.All(host.Bot.Received, a => Assert.Null(a.Locale));
    }

    [Fact]
    public async Task ReturningBrowser_WithItsUserKey_KeepsItsUserId_InANewConversation()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var first = await RequestAsync(host, null);
        host.Clock.Advance(TimeSpan.FromDays(3));

        var again = await RequestAsync(host, new JObject { ["conversationToken"] = first["token"], ["userKey"] = first["userKey"] }.ToString());

        Assert.Equal((string)first["userId"]!, (string)again["userId"]!);
        Assert.NotEqual((string)first["conversationId"]!, (string)again["conversationId"]!);
        Assert.False((bool)again["resumed"]!);
    }

    [Fact]
    public async Task Reload_WithinTheResumeWindow_ReopensTheSameConversation()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var first = await RequestAsync(host, null);
        using var started = await Session.SendAsync(host, HttpMethod.Post, "conversations", (string)first["token"]!, """{"user":{}}""");
        host.Clock.Advance(TimeSpan.FromHours(2));

        var again = await RequestAsync(host, new JObject { ["conversationToken"] = first["token"], ["userKey"] = first["userKey"] }.ToString());

        Assert.True((bool)again["resumed"]!);
        Assert.Equal((string)first["conversationId"]!, (string)again["conversationId"]!);
        Assert.Equal((string)first["userId"]!, (string)again["userId"]!);
    }

    [Fact]
    public async Task AConversationTheServerNoLongerHas_IsNotResumed_ButTheUserIdIsKept()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var first = await RequestAsync(host, null);

        var again = await RequestAsync(host, new JObject { ["conversationToken"] = first["token"], ["userKey"] = first["userKey"] }.ToString());

        Assert.False((bool)again["resumed"]!);
        Assert.NotEqual((string)first["conversationId"]!, (string)again["conversationId"]!);
        Assert.Equal((string)first["userId"]!, (string)again["userId"]!);
    }

    [Fact]
    public async Task AnExpiredConversationToken_WithoutItsUserKey_DoesNotReopenTheConversation()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var victim = await RequestAsync(host, null);
        using var started = await Session.SendAsync(host, HttpMethod.Post, "conversations", (string)victim["token"]!, """{"user":{}}""");
        host.Clock.Advance(TimeSpan.FromHours(2));

        var other = await RequestAsync(host, new JObject { ["conversationToken"] = victim["token"] }.ToString());

        Assert.NotEqual((string)victim["conversationId"]!, (string)other["conversationId"]!);
        Assert.NotEqual((string)victim["userId"]!, (string)other["userId"]!);
    }

    [Fact]
    public async Task AConversationToken_IsNotAcceptedAsAUserKey_NorTheReverse()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var first = await RequestAsync(host, null);

        var swapped = await RequestAsync(host, new JObject { ["conversationToken"] = first["userKey"], ["userKey"] = first["token"] }.ToString());

        Assert.NotEqual((string)first["userId"]!, (string)swapped["userId"]!);
        using var asToken = await Session.SendAsync(host, HttpMethod.Post, "conversations", (string)first["userKey"]!, """{"user":{}}""");
        Assert.Equal(HttpStatusCode.Forbidden, asToken.StatusCode);
    }

    [Fact]
    public async Task MalformedBody_IsTreatedAsANewVisitor()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var issued = await RequestAsync(host, "{not json");
        Assert.StartsWith("dl_", (string)issued["userId"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AzureMode_ExchangesTheSecretServerSide_AndDoesNotServeDirectLineItself()
    {
        var azure = new FakeAzureDirectLine();
        await using var host = await DirectLineTestHost.StartAsync(
            new Dictionary<string, string?> { ["DirectLine:Mode"] = "Azure", ["DirectLine:Secret"] = "azure-secret" },
            services => services.AddHttpClient(DirectLine.Widget.AzureDirectLineClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => azure));

        var issued = await RequestAsync(host, null);

        Assert.Equal("azure-token", (string)issued["token"]!);
        Assert.Equal("azure-conversation", (string)issued["conversationId"]!);
        Assert.Equal("https://directline.botframework.com/v3/directline", (string)issued["domain"]!);
        Assert.DoesNotContain("azure-secret", issued.ToString(), StringComparison.Ordinal);
        var call = Assert.Single(azure.Requests);
        Assert.Equal("https://directline.botframework.com/v3/directline/tokens/generate", call.Uri);
        Assert.Equal("Bearer azure-secret", call.Authorization);
        Assert.Contains((string)issued["userId"]!, call.Body, StringComparison.Ordinal);

        using var embedded = await Session.SendAsync(host, HttpMethod.Post, "conversations", DirectLineTestHost.Secret, "{}");
        Assert.Equal(HttpStatusCode.NotFound, embedded.StatusCode);
    }

    private sealed class FakeAzureDirectLine : HttpMessageHandler
    {
        public List<(string Uri, string Authorization, string Body)> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            Requests.Add((request.RequestUri!.ToString(), request.Headers.Authorization!.ToString(), body));
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("""{"conversationId":"azure-conversation","token":"azure-token","expires_in":1800}""", Encoding.UTF8, "application/json"),
            };
        }
    }
}
