using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Web.Tests.Retention;

/// <summary>
/// A parent in the widget, reduced to the Direct Line calls it makes: start a conversation as a given user, post
/// messages (each POST returns once the bot's turn is over) and read the history. Authenticates with the embedded
/// channel's server-side secret, so no token juggling.
/// </summary>
public sealed class DirectLineParent(HttpClient http, string secret, string userId)
{
    public string UserId { get; } = userId;

    public string ConversationId { get; private set; } = "";

    public async Task StartAsync()
    {
        var body = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", new JObject { ["user"] = new JObject { ["id"] = UserId } });
        ConversationId = (string)body["conversationId"]!;
    }

    public Task SayAsync(string text) => SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities",
        new JObject { ["type"] = "message", ["text"] = text, ["from"] = new JObject { ["id"] = UserId } });

    /// <summary>The stored history, oldest first (what a browser reopening the chat would get).</summary>
    public async Task<IReadOnlyList<JObject>> HistoryAsync()
    {
        var body = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities", null);
        return ((JArray)body["activities"]!).OfType<JObject>().ToList();
    }

    public static string Texts(IEnumerable<JObject> activities) =>
        string.Join("\n", activities.Select(a => (string?)a["text"]).Where(t => t is not null));

    private async Task<JObject> SendAsync(HttpMethod method, string path, JObject? body)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToString(), Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path} answered {(int)response.StatusCode}: {text}");
        return JObject.Parse(text);
    }
}
