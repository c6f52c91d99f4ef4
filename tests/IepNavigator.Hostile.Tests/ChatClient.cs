using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Hostile.Tests;

/// <summary>Talks to /api/messages as a channel does, with deliveryMode expectReplies (replies come back in the response).</summary>
public sealed class ChatClient(HttpClient http, string conversationId, string userId)
{
    /// <summary>The serviceUrl the test hosts allow for unsigned activities (Bot:AllowedServiceUrls).</summary>
    public const string ServiceUrl = "http://localhost/";

    public string ConversationId { get; } = conversationId;
    public string UserId { get; } = userId;

    public static JObject Envelope(string type, string conversationId, string userId) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "test",
        ["serviceUrl"] = ServiceUrl,
        ["deliveryMode"] = "expectReplies",
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("o"),
        ["locale"] = "en-US",
        ["from"] = new JObject { ["id"] = userId, ["name"] = "Parent", ["role"] = "user" },
        ["recipient"] = new JObject { ["id"] = "bot", ["name"] = "IEP Navigator", ["role"] = "bot" },
        ["conversation"] = new JObject { ["id"] = conversationId },
    };

    public Task<HttpResponseMessage> PostRawAsync(byte[] body, string contentType, bool chunked = false) =>
        PostRawAsync(http, "/api/messages", body, contentType, chunked: chunked);

    /// <param name="chunked">Stream the body with no Content-Length (Transfer-Encoding: chunked).</param>
    public static async Task<HttpResponseMessage> PostRawAsync(HttpClient client, string path, byte[] body, string contentType, string? bearer = null, bool chunked = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            // A stream of unknown length is sent chunked; bytes are sent with their length.
            Content = chunked ? new StreamContent(new UnknownLengthStream(body)) : new ByteArrayContent(body),
        };
        if (chunked)
        {
            request.Headers.TransferEncodingChunked = true;
        }
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

    /// <summary>Bytes behind a stream that cannot say its length, so nothing computes a Content-Length for it.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override bool CanSeek => false;
    }
}
