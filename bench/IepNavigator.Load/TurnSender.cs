using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IepNavigator.Load;

/// <summary>Posts one activity to /api/messages with deliveryMode expectReplies and times the round trip.</summary>
internal sealed class TurnSender(HttpClient http)
{
    /// <summary>What the host says when a turn throws; such a turn counts as an error.</summary>
    private const string TurnFailedMarker = "something went wrong";

    /// <summary>One turn; <paramref name="Failure"/> names what went wrong ("HTTP 412", "apology", "connection") when not Ok.</summary>
    public readonly record struct TurnResult(bool Ok, double Milliseconds, int Replies, string? Failure = null);

    public async Task<TurnResult> SendAsync(string conversationId, string userId, string step, CancellationToken cancellationToken)
    {
        var activity = new JsonObject
        {
            ["type"] = step == ConversationScripts.Join ? "conversationUpdate" : "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "test",
            ["serviceUrl"] = "http://localhost/",
            ["deliveryMode"] = "expectReplies",
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("o"),
            ["locale"] = "en-US",
            ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Parent", ["role"] = "user" },
            ["recipient"] = new JsonObject { ["id"] = "bot", ["name"] = "IEP Navigator", ["role"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
        };
        if (step == ConversationScripts.Join)
        {
            activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = userId, ["name"] = "Parent" });
        }
        else
        {
            activity["text"] = step;
        }
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.PostAsync(new Uri("/api/messages", UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (!response.IsSuccessStatusCode)
            {
                return new TurnResult(false, elapsed, 0, "HTTP " + ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            var replies = string.IsNullOrWhiteSpace(body) ? 0 : CountReplies(body, out var failed) is var count && !failed ? count : -1;
            return new TurnResult(replies >= 0, elapsed, Math.Max(replies, 0), replies >= 0 ? null : "apology");
        }
        catch (HttpRequestException)
        {
            return new TurnResult(false, Stopwatch.GetElapsedTime(started).TotalMilliseconds, 0, "connection");
        }
    }

    private static int CountReplies(string body, out bool turnFailed)
    {
        using var document = JsonDocument.Parse(body);
        turnFailed = false;
        if (!document.RootElement.TryGetProperty("activities", out var activities) || activities.ValueKind != JsonValueKind.Array)
        {
            return 0;
        }
        foreach (var reply in activities.EnumerateArray())
        {
            if (reply.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
                && text.GetString()!.Contains(TurnFailedMarker, StringComparison.OrdinalIgnoreCase))
            {
                turnFailed = true;
            }
        }
        return activities.GetArrayLength();
    }
}
