using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace IepNavigator.Scale.Tests.Chat;

/// <summary>One parent's conversation over POST /api/messages with deliveryMode expectReplies.</summary>
public sealed class ParentClient(string conversationId, string userId)
{
    public const string ChannelId = "test";

    public string ConversationId { get; } = conversationId;
    public string UserId { get; } = userId;

    /// <summary>Sends one step ("join" opens the chat; anything else is typed text) to the given host.</summary>
    public async Task<TurnReply> SendAsync(HttpClient host, string step, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        using var content = new StringContent(Activity(step).ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await host.PostAsync(new Uri("/api/messages", UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"POST /api/messages answered {(int)response.StatusCode}.");
        }
        return Read(body);
    }

    private JsonObject Activity(string step)
    {
        var activity = new JsonObject
        {
            ["type"] = step == ConversationScripts.Join ? "conversationUpdate" : "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = ChannelId,
            ["serviceUrl"] = "http://localhost/",
            ["deliveryMode"] = "expectReplies",
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("o"),
            ["locale"] = "en-US",
            ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Parent", ["role"] = "user" },
            ["recipient"] = new JsonObject { ["id"] = "bot", ["name"] = "IEP Navigator", ["role"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = ConversationId },
        };
        if (step == ConversationScripts.Join)
        {
            activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = UserId, ["name"] = "Parent" });
        }
        else
        {
            activity["text"] = step;
        }
        return activity;
    }

    private static TurnReply Read(string body)
    {
        if (string.IsNullOrWhiteSpace(body) || JsonNode.Parse(body)?["activities"] is not JsonArray activities)
        {
            return new TurnReply([], [], Failed: false);
        }
        var texts = activities.Select(a => a?["text"]?.GetValue<string>()).OfType<string>().ToList();
        var stepIds = activities
            .SelectMany(a => a?["channelData"]?["iepNavigator"]?["stepIds"] as JsonArray ?? [])
            .Select(s => s!.GetValue<string>()).ToList();
        var marker = ConversationScripts.Instance.TurnFailedMarker;
        var failed = texts.Any(t => t.Contains(marker, StringComparison.OrdinalIgnoreCase));
        return new TurnReply(texts, stepIds, failed);
    }
}
