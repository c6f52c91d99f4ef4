using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Hostile.Tests;

/// <summary>A widget's Direct Line conversation on the embedded endpoints: token, start, post, read.</summary>
public sealed class DirectLineSession
{
    private readonly HttpClient http;

    private DirectLineSession(HttpClient http, string token, string conversationId, string userId)
    {
        this.http = http;
        Token = token;
        ConversationId = conversationId;
        UserId = userId;
    }

    public string Token { get; }
    public string ConversationId { get; }
    public string UserId { get; }

    /// <summary>A started conversation, or null when the host does not map the embedded Direct Line.</summary>
    public static async Task<DirectLineSession?> TryStartAsync(HttpClient http)
    {
        using var issued = await ChatClient.PostRawAsync(http, "/api/widget/token", "{}"u8.ToArray(), "application/json");
        if (issued.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        Assert.True(issued.IsSuccessStatusCode, $"the widget token was answered {(int)issued.StatusCode}");
        var grant = JObject.Parse(await issued.Content.ReadAsStringAsync());
        var session = new DirectLineSession(http, (string)grant["token"]!, (string)grant["conversationId"]!, (string)grant["userId"]!);
        using var started = await ChatClient.PostRawAsync(http, "/v3/directline/conversations", [], "application/json", session.Token);
        Assert.True(started.IsSuccessStatusCode, $"starting the conversation was answered {(int)started.StatusCode}");
        return session;
    }

    public Task<HttpResponseMessage> PostActivityAsync(byte[] body, string contentType) =>
        ChatClient.PostRawAsync(http, $"/v3/directline/conversations/{ConversationId}/activities", body, contentType, Token);

    /// <summary>The bot's messages after <paramref name="watermark"/>, and the new watermark.</summary>
    public async Task<(IReadOnlyList<string> BotTexts, string? Watermark)> ReadAsync(string? watermark)
    {
        var path = $"/v3/directline/conversations/{ConversationId}/activities" + (watermark is null ? string.Empty : "?watermark=" + watermark);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token);
        using var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"reading activities was answered {(int)response.StatusCode}");
        var set = JObject.Parse(await response.Content.ReadAsStringAsync());
        var texts = (set["activities"] as JArray ?? [])
            .Where(a => (string?)a["type"] == "message" && (string?)a["from"]?["id"] != UserId)
            .Select(a => (string?)a["text"] ?? string.Empty)
            .ToList();
        return (texts, (string?)set["watermark"]);
    }

    /// <summary>Sends a message and waits (bounded) for the bot's first answer to it.</summary>
    public async Task<IReadOnlyList<string>> SayAndAwaitReplyAsync(string text, TimeSpan within)
    {
        var (_, watermark) = await ReadAsync(null);
        var activity = new JObject { ["type"] = "message", ["from"] = new JObject { ["id"] = UserId }, ["text"] = text };
        using var posted = await PostActivityAsync(Encoding.UTF8.GetBytes(activity.ToString()), "application/json");
        Assert.True(posted.IsSuccessStatusCode, $"a plain message was answered {(int)posted.StatusCode}");
        using var deadline = new CancellationTokenSource(within);
        while (true)
        {
            var (texts, _) = await ReadAsync(watermark);
            if (texts.Count > 0)
            {
                return texts;
            }
            // Polling a condition with a deadline: the bot answers on its own task after the POST returns.
            await Task.Delay(TimeSpan.FromMilliseconds(25), deadline.Token);
        }
    }
}
