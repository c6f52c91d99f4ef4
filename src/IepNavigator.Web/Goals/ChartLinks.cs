using IepNavigator.Dialogs.Goals;
using IepNavigator.Goals.Progress;
using IepNavigator.Web.Links;
using Microsoft.AspNetCore.DataProtection;

namespace IepNavigator.Web.Goals;

/// <summary>
/// Short-lived chart links for the chat. The link carries the chart's numbers encrypted and authenticated with ASP.NET
/// Core Data Protection plus an expiry: it cannot be guessed or altered, names nobody, needs no server-side row, and
/// stops working when it expires — or as soon as the parent it was drawn for says "delete my data"
/// (<see cref="OwnedLinkProtector"/>). "Goals:PublicBaseUrl" makes the links absolute (Teams needs that); otherwise
/// they are host-relative, which the widget (widget.js) makes absolute against its host.
/// </summary>
public sealed class ChartLinks(IDataProtectionProvider protection, TimeProvider clock, IConfiguration configuration, LinkOwnerScope? owners = null) : IChartLinkIssuer
{
    public const string PathPrefix = "/api/v1/goals/chart/";

    /// <summary>Long enough to scroll back to in a chat session; a forwarded link soon dies.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    /// <summary>Only the latest points go in a link, so it stays a reasonable URL.</summary>
    public const int MaxPoints = 60;

    // v3: the link names its owner and data generation (v2: expiry judged by the host's TimeProvider).
    private readonly OwnedLinkProtector protector = new(protection, "IepNavigator.Goals.ChartLink.v3", clock, owners);

    private readonly Uri? baseUrl = Uri.TryCreate(configuration?["Goals:PublicBaseUrl"], UriKind.Absolute, out var configured) ? configured : null;

    public Uri Issue(GoalProgress goal, IReadOnlyList<DataPoint> points, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(points);
        var order = new ChartOrder(goal, [.. points.OrderBy(p => p.Date).TakeLast(MaxPoints).Select(p => p with { Note = null })], today);
        var path = PathPrefix + protector.ProtectJson(order, GoalApiJson.Options, Lifetime);
        return baseUrl is null ? new Uri(path, UriKind.Relative) : new Uri(baseUrl, path);
    }

    /// <summary>The chart behind a token, or null when it is expired, tampered with, not ours, or its parent deleted their data.</summary>
    public Task<ChartOrder?> OpenAsync(string token, CancellationToken cancellationToken = default) =>
        protector.OpenJsonAsync<ChartOrder>(token, GoalApiJson.Options, cancellationToken);
}
