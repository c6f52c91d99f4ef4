using System.Threading.RateLimiting;

namespace IepNavigator.Web.Limits;

/// <summary>
/// The host's one global limiter: a fixed window per client address chained with the per-user budget of
/// <see cref="ChatUserLimiter"/> (for requests <see cref="UserKeyMiddleware"/> named a checked user for), so a request
/// must fit both. Health probes are not limited (a load balancer polls them from one address).
/// </summary>
public static class NavigatorRateLimiter
{
    public static PartitionedRateLimiter<HttpContext> Create(RequestLimitsOptions options, ChatUserLimiter users)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(users);
        var perIp = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            IsHealthProbe(http.Request.Path)
                ? RateLimitPartition.GetNoLimiter("probe")
                : RateLimitPartition.GetFixedWindowLimiter(ClientPartitions.IpKey(http), _ => Window(options.PermitsPerIpPerWindow, options.Window)));
        var perUser = users.Limiter.WithTranslatedKey<HttpContext>(ClientPartitions.UserKey, leaveOpen: true);
        return PartitionedRateLimiter.CreateChained(perIp, perUser);
    }

    public static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = permits,
        Window = window,
        QueueLimit = 0, // refuse at once: a queued chat turn would only time out later
        AutoReplenishment = true,
    };

    private static bool IsHealthProbe(PathString path) =>
        path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz");
}
