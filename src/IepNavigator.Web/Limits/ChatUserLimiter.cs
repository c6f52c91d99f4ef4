using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace IepNavigator.Web.Limits;

/// <summary>
/// The per-user turn budget (<c>Limits:PermitsPerUserPerWindow</c> per <c>Limits:Window</c>), counted only for an
/// identity that has been checked: a Direct Line post by its token's signed user (before the endpoint, in the host's
/// global limiter) and an /api/messages activity by the sender its Bot Framework token vouches for (in the endpoint,
/// after authentication). A forger who merely names a parent's id cannot spend that parent's turns.
/// </summary>
public sealed class ChatUserLimiter : IDisposable
{
    private readonly RequestLimitsOptions options;

    public ChatUserLimiter(IOptions<RequestLimitsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        Limiter = PartitionedRateLimiter.Create<string?, string>(user => user is null
            ? RateLimitPartition.GetNoLimiter("no-user")
            : RateLimitPartition.GetFixedWindowLimiter(user, _ => NavigatorRateLimiter.Window(this.options.PermitsPerUserPerWindow, this.options.Window)));
    }

    /// <summary>Keyed by a digest of the identity (<see cref="ClientPartitions.Digest"/>); null = not a counted turn.</summary>
    public PartitionedRateLimiter<string?> Limiter { get; }

    /// <summary>Spends one of <paramref name="userKey"/>'s turns: null when it may run, else the 429 to answer (Retry-After set).</summary>
    public IResult? TryAcquire(HttpContext http, string userKey)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!options.Enabled)
        {
            return null;
        }
        using var lease = Limiter.AttemptAcquire(userKey);
        return lease.IsAcquired ? null : RateLimitRejection.Refuse(http, lease, options.Window);
    }

    public void Dispose() => Limiter.Dispose();
}
