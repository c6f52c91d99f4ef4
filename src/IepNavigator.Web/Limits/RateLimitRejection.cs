using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Net.Http.Headers;

namespace IepNavigator.Web.Limits;

/// <summary>What a throttled client gets: 429, a Retry-After in whole seconds, and a problem that says so politely.</summary>
public static class RateLimitRejection
{
    public static async ValueTask WriteAsync(OnRejectedContext context, TimeSpan window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await Refuse(context.HttpContext, context.Lease, window).ExecuteAsync(context.HttpContext).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>Sets Retry-After (from the lease, else the whole window) and returns the 429 problem to answer with.</summary>
    public static IResult Refuse(HttpContext http, RateLimitLease lease, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(lease);
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers[HeaderNames.RetryAfter] = seconds.ToString(CultureInfo.InvariantCulture);
        return Results.Problem(
            detail: $"Too many requests. Please wait {seconds} seconds and try again.",
            statusCode: StatusCodes.Status429TooManyRequests);
    }
}
