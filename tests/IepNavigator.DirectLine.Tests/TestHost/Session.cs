using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json.Linq;

namespace IepNavigator.DirectLine.Tests.TestHost;

/// <summary>One client's view of a conversation, speaking raw Direct Line HTTP as DLJS does.</summary>
public sealed class Session(DirectLineTestHost host, string conversationId, string token, string streamUrl)
{
    public string ConversationId { get; } = conversationId;

    public string Token { get; } = token;

    public string StreamUrl { get; } = streamUrl;

    /// <summary>Starts a conversation with the secret (the server-side way) and <c>{"user":{}}</c>.</summary>
    public static async Task<Session> StartAsync(DirectLineTestHost host)
    {
        using var response = await SendAsync(host, HttpMethod.Post, "conversations", DirectLineTestHost.Secret, """{"user":{}}""");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = Json.Parse(await response.Content.ReadAsStringAsync());
        return new Session(host, (string)body["conversationId"]!, (string)body["token"]!, (string)body["streamUrl"]!);
    }

    public static JObject Message(string text, string clientActivityId) => new()
    {
        ["type"] = "message",
        ["text"] = text,
        ["from"] = new JObject { ["id"] = "someone-else", ["role"] = "user" },
        ["channelData"] = new JObject { ["clientActivityID"] = clientActivityId },
    };

    public async Task<string> PostAsync(JObject activity)
    {
        using var response = await SendAsync(host, HttpMethod.Post, $"conversations/{ConversationId}/activities", Token, activity.ToString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (string)Json.Parse(await response.Content.ReadAsStringAsync())["id"]!;
    }

    public async Task<(JArray Activities, string Watermark)> GetActivitiesAsync(string? watermark = null)
    {
        using var response = await SendAsync(host, HttpMethod.Get, $"conversations/{ConversationId}/activities?watermark={watermark}", Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = Json.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JTokenType.String, body["watermark"]!.Type);
        return ((JArray)body["activities"]!, (string)body["watermark"]!);
    }

    public static async Task<HttpResponseMessage> SendAsync(DirectLineTestHost host, HttpMethod method, string path, string? bearer, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await host.Client.SendAsync(request);
    }
}
