using Microsoft.AspNetCore.Hosting;
using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Web.Tests;

/// <summary>What /api/messages does with input no real channel sends: a 4xx or a polite reply, never a 500, never lost state.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly NavigatorHostFactory host = new();

    public void Dispose() => host.Dispose();

    private async Task<HttpResponseMessage> PostRawAsync(string body, string contentType = "application/json")
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        return await host.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }

    [Theory]
    [InlineData("{\"type\":\"message\",", "not valid JSON")]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("[]", "JSON object")]
    [InlineData("null", "JSON object")]
    [InlineData("{\"text\":\"hi\"}", "no 'type'")]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\",\"serviceUrl\":\"http://localhost/\"}", "conversation.id")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"\"},\"serviceUrl\":\"http://localhost/\"}", "conversation.id")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c1\"}}", "serviceUrl")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c1\"},\"serviceUrl\":\"javascript:alert(1)\"}", "serviceUrl")]
    [InlineData("{\"type\":\"weird-type\",\"conversation\":{\"id\":\"c1\"},\"serviceUrl\":\"http://localhost/\"}", "not one this bot")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"test\",\"from\":{\"id\":\"p\"},\"recipient\":{\"id\":\"bot\"},\"text\":{\"a\":1},\"conversation\":{\"id\":\"c1\"},\"serviceUrl\":\"http://localhost/\"}", "'text'")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"test\",\"from\":{\"id\":\"p\"},\"recipient\":{\"id\":\"bot\"},\"attachments\":5,\"conversation\":{\"id\":\"c1\"},\"serviceUrl\":\"http://localhost/\"}", "'attachments'")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c1\"},\"serviceUrl\":\"http://localhost/\",\"recipient\":{\"id\":\"bot\"}}", "'from'")]
    [InlineData("{\"type\":\"message\",\"from\":{\"name\":\"no id\"},\"conversation\":{\"id\":\"c1\"},\"serviceUrl\":\"http://localhost/\",\"recipient\":{\"id\":\"bot\"}}", "'from'")]
    [InlineData("{\"type\":\"message\",\"from\":{\"id\":\"p\"},\"conversation\":{\"id\":\"c1\"},\"serviceUrl\":\"http://localhost/\"}", "recipient")]
    [InlineData("{\"type\":\"message\",\"from\":{\"id\":\"p\"},\"recipient\":{\"id\":\"bot\"},\"conversation\":{\"id\":\"c1\"},\"serviceUrl\":\"http://localhost/\"}", "channelId")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"test\",\"from\":{\"id\":\"p\"},\"recipient\":{\"id\":\"bot\"},\"timestamp\":\"not a date\",\"conversation\":{\"id\":\"c1\"},\"serviceUrl\":\"http://localhost/\"}", "wrong type")]
    public async Task Post_MalformedActivity_Is400ProblemThatSaysWhy(string body, string expectedReason)
    {
        using var response = await PostRawAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(expectedReason, (string?)problem["detail"], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Post_ReplyToAnUnreachableServiceUrl_Is502NotA500_AndStateStillWorks()
    {
        // Without expectReplies the adapter posts replies to serviceUrl; nothing listens on port 9 here.
        using var trusting = host.WithWebHostBuilder(b => b.UseSetting("Bot:AllowedServiceUrls:1", "http://127.0.0.1:9/"));
        var http = trusting.CreateClient();
        var client = new BotClient(http, "unreachable-channel");
        var activity = client.Activity("message", a => { a["text"] = "hello"; a["serviceUrl"] = "http://127.0.0.1:9/"; a.Remove("deliveryMode"); });
        using var content = new StringContent(activity.ToString(), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.NotEmpty(await client.SendAsync("help"));
    }

    [Fact]
    public async Task Post_DeeplyNestedJson_Is400()
    {
        var body = new string('[', 5000) + new string(']', 5000);
        using var response = await PostRawAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_WrongContentType_Is415()
    {
        using var response = await PostRawAsync("type=message", "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Is413()
    {
        var client = new BotClient(host.CreateClient(), "big-body");
        var activity = client.Activity("message", a => a["text"] = new string('x', 400 * 1024));
        using var response = await PostRawAsync(activity.ToString());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_100KbMessage_GetsPoliteReply_AndConversationStillWorks()
    {
        var client = new BotClient(host.CreateClient(), "long-message");
        await client.JoinAsync();
        var replies = await client.SendAsync(string.Concat(Enumerable.Repeat("My son struggles with reading. ", 3400)));
        Assert.NotEmpty(replies);
        Assert.DoesNotContain("something went wrong", BotClient.Texts(replies), StringComparison.OrdinalIgnoreCase);

        var next = await client.SendAsync("help");
        Assert.NotEmpty(next);
        Assert.DoesNotContain("something went wrong", BotClient.Texts(next), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Post_UnknownButValidActivityShapes_NeverFail()
    {
        var client = new BotClient(host.CreateClient(), "odd-shapes");
        await client.JoinAsync();
        foreach (var activity in new[]
        {
            client.Activity("message"), // no text at all
            client.Activity("message", a => a["text"] = "😀😀😀"),
            client.Activity("message", a => a["attachments"] = new JArray(new JObject { ["contentType"] = "image/png", ["contentUrl"] = "http://localhost/x.png" })),
            client.Activity("event", a => a["name"] = "some/unknown-event"),
            client.Activity("typing"),
            client.Activity("invoke", a => a["name"] = "unknown/invoke"),
        })
        {
            await client.PostAsync(activity); // asserts a 2xx
        }
        var replies = await client.SendAsync("help");
        Assert.NotEmpty(replies);
    }
}
