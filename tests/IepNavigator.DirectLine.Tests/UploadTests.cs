using System.Net;
using System.Net.Http.Headers;
using System.Text;
using IepNavigator.DirectLine.Tests.TestHost;
using Newtonsoft.Json.Linq;

namespace IepNavigator.DirectLine.Tests;

/// <summary>Checklist 14: upload keeps clientActivityID and gives downloadable contentUrls.</summary>
public sealed class UploadTests
{
    private static MultipartFormDataContent Upload(string clientActivityId, byte[] file)
    {
        var form = new MultipartFormDataContent();
        var activity = new ByteArrayContent(Encoding.UTF8.GetBytes(new JObject
        {
            ["type"] = "message",
            ["channelData"] = new JObject { ["clientActivityID"] = clientActivityId },
        }.ToString()));
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activity, "activity", "blob");
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(part, "file", "school-letter.pdf");
        return form;
    }

    private static async Task<HttpResponseMessage> PostAsync(DirectLineTestHost host, string conversationId, string token, MultipartFormDataContent form)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"conversations/{conversationId}/upload?userId=ignored") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await host.Client.SendAsync(request);
    }

    [Fact]
    public async Task Upload_EchoesWithClientActivityId_AndAContentUrlTheBrowserCanOpen()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await Session.StartAsync(host);
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.4 pretend");

        using var form = Upload("up-1", bytes);
        using var response = await PostAsync(host, session.ConversationId, session.Token, form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (string)Json.Parse(await response.Content.ReadAsStringAsync())["id"]!;

        var (activities, _) = await session.GetActivitiesAsync();
        var echo = activities.Single(a => (string?)a["id"] == id);
        Assert.Equal("up-1", (string)echo["channelData"]!["clientActivityID"]!);
        var attachment = echo["attachments"]![0]!;
        Assert.Equal("school-letter.pdf", (string)attachment["name"]!);
        Assert.Equal(id, host.Bot.Received.Single(a => a.Type == "message").Id);
        Assert.Equal((string)attachment["contentUrl"]!, host.Bot.Received.Single(a => a.Type == "message").Attachments[0].ContentUrl);

        using var download = await host.Client.GetAsync(new Uri((string)attachment["contentUrl"]!));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
    }

    [Fact]
    public async Task Upload_ExpiresAfterItsLifetime()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await Session.StartAsync(host);
        using var form = Upload("up-1", [1, 2, 3]);
        using var response = await PostAsync(host, session.ConversationId, session.Token, form);
        var (activities, _) = await session.GetActivitiesAsync();
        var url = (string)activities[0]["attachments"]![0]!["contentUrl"]!;

        host.Clock.Advance(TimeSpan.FromHours(2));
        using var download = await host.Client.GetAsync(new Uri(url));
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
    }

    [Fact]
    public async Task Upload_TooLarge_Is413_AndForAnotherConversation_Is403()
    {
        await using var host = await DirectLineTestHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:MaxUploadBytes"] = "1024" });
        var mine = await Session.StartAsync(host);
        var theirs = await Session.StartAsync(host);

        using var big = Upload("up-1", new byte[4096]);
        using var tooLarge = await PostAsync(host, mine.ConversationId, mine.Token, big);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);

        using var small = Upload("up-2", [1]);
        using var forbidden = await PostAsync(host, theirs.ConversationId, mine.Token, small);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.DoesNotContain(host.Bot.Received, a => a.Type == "message");
    }
}
