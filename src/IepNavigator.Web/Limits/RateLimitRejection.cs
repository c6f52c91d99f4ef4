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
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var http = context.HttpContext;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers[HeaderNames.RetryAfter] = seconds.ToString(CultureInfo.InvariantCulture);
        await Results.Problem(
                detail: $"Too many requests. Please wait {seconds} seconds and try again.",
                statusCode: StatusCodes.Status429TooManyRequests)
            .ExecuteAsync(http).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
