using System.Net;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Teams.Tests.Hosting;

public static class ActivityPoster
{
    /// <summary>
    /// Posts an activity as the Teams channel does (no expectReplies): the adapter runs the whole turn,
    /// sending every reply to the fake connector, before it answers, so the calls are recorded on return.
    /// </summary>
    public static async Task<HttpStatusCode> PostActivityAsync(this HttpClient http, JObject activity, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToString(Formatting.None), System.Text.Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
