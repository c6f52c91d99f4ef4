using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Hostile.Tests;

/// <summary>Talks to /api/messages as a channel does, with deliveryMode expectReplies (replies come back in the response).</summary>
public sealed class ChatClient(HttpClient http, string conversationId, string userId)
{
    public string ConversationId { get; } = conversationId;
    public string UserId { get; } = userId;

    public static JObject Envelope(string type, string conversationId, string userId) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "test",
        ["serviceUrl"] = "http://localhost/",
        ["deliveryMode"] = "expectReplies",
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("o"),
        ["locale"] = "en-US",
        ["from"] = new JObject { ["id"] = userId, ["name"] = "Parent", ["role"] = "user" },
        ["recipient"] = new JObject { ["id"] = "bot", ["name"] = "IEP Navigator", ["role"] = "bot" },
        ["conversation"] = new JObject { ["id"] = conversationId },
    };

    public Task<HttpResponseMessage> PostRawAsync(byte[] body, string contentType) => PostRawAsync(http, "/api/messages", body, contentType);

    public static async Task<HttpResponseMessage> PostRawAsync(HttpClient client, string path, byte[] body, string contentType, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new ByteArrayContent(body) };
        if (contentType.Length > 0)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        return await client.SendAsync(request);
    }

    /// <summary>Sends a message and returns the bot's reply texts; fails the test unless the answer is a 2xx.</summary>
    public async Task<IReadOnlyList<string>> SayAsync(string text)
    {
        var activity = Envelope("message", ConversationId, UserId);
        activity["text"] = text;
        using var response = await PostRawAsync(Encoding.UTF8.GetBytes(activity.ToString(Formatting.None)), "application/json");
        Assert.True(response.IsSuccessStatusCode, $"a plain message was answered {(int)response.StatusCode}");
        return ReplyTexts(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The texts of an expectReplies body (an empty body has none).</summary>
    public static IReadOnlyList<string> ReplyTexts(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return [];
        }
        var replies = JObject.Parse(body)["activities"] as JArray ?? [];
        return replies.OfType<JObject>().Select(r => (string?)r["text"] ?? string.Empty).ToList();
    }
}
