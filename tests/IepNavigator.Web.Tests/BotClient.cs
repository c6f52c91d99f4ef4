using System.Net.Http.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Web.Tests;

/// <summary>Talks to /api/messages the way tools do: plain HTTP with deliveryMode expectReplies.</summary>
public sealed class BotClient(HttpClient http, string conversationId, string userId = "parent-1", string channelId = "test")
{
    /// <summary>The serviceUrl <see cref="NavigatorHostFactory"/> allows for unsigned activities (Bot:AllowedServiceUrls).</summary>
    public const string ServiceUrl = "http://localhost/";

    public string ConversationId { get; } = conversationId;

    public Task<IReadOnlyList<JObject>> SendAsync(string text) => PostAsync(Activity("message", a => a["text"] = text));

    public Task<IReadOnlyList<JObject>> JoinAsync() => PostAsync(Activity("conversationUpdate", a =>
        a["membersAdded"] = new JArray(new JObject { ["id"] = userId, ["name"] = "Parent" })));

    public async Task<IReadOnlyList<JObject>> PostAsync(JObject activity)
    {
        using var content = new StringContent(activity.ToString(Formatting.None), System.Text.Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /api/messages answered {(int)response.StatusCode}: {body}");
        if (string.IsNullOrWhiteSpace(body))
        {
            return [];
        }
        var replies = JObject.Parse(body)["activities"] as JArray ?? [];
        return replies.OfType<JObject>().ToList();
    }

    public JObject Activity(string type, Action<JObject>? shape = null)
    {
        var activity = new JObject
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = channelId,
            ["serviceUrl"] = ServiceUrl,
            ["deliveryMode"] = "expectReplies",
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("o"),
            ["locale"] = "en-US",
            ["from"] = new JObject { ["id"] = userId, ["name"] = "Parent", ["role"] = "user" },
            ["recipient"] = new JObject { ["id"] = "bot", ["name"] = "IEP Navigator", ["role"] = "bot" },
            ["conversation"] = new JObject { ["id"] = ConversationId },
        };
        shape?.Invoke(activity);
        return activity;
    }

    public static string Texts(IEnumerable<JObject> replies) =>
        string.Join("\n", replies.Select(r => (string?)r["text"]).Where(t => t is not null));

    public static IReadOnlyList<string> StepIds(IEnumerable<JObject> replies) =>
        replies.SelectMany(r => r.SelectToken("channelData.iepNavigator.stepIds") as JArray ?? [])
            .Select(t => (string)t!).ToList();
}
