using System.Diagnostics;
using OpenTelemetry;

namespace IepNavigator.Web.Telemetry;

/// <summary>
/// A request path can carry a secret (a signed letter-download token) or an id (a conversation): each finished
/// server span keeps the route template instead ("/api/v1/letters/download/{token}"), and no query string.
/// </summary>
public sealed class PathRedactingProcessor : BaseProcessor<Activity>
{
    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.GetTagItem("url.path") is null)
        {
            return;
        }
        var route = data.GetTagItem("http.route") as string;
        data.SetTag("url.path", string.IsNullOrEmpty(route) ? "unmatched" : route);
        data.SetTag("url.query", null);
        if (string.IsNullOrEmpty(route))
        {
            data.DisplayName = data.GetTagItem("http.request.method") as string ?? "HTTP";
        }
    }
}
