using Microsoft.AspNetCore.Diagnostics;

namespace IepNavigator.Web.Limits;

/// <summary>
/// The server throws <see cref="BadHttpRequestException"/> when a body breaks its limits mid-read (too large,
/// truncated, too slow); that is the client's fault, so it is answered with the exception's own 4xx, not a 500.
/// </summary>
public sealed class BadHttpRequestExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || httpContext.Response.HasStarted)
        {
            return false;
        }
        // The exception's message may describe the body; the status code alone says enough.
        await Results.Problem(statusCode: bad.StatusCode).ExecuteAsync(httpContext).ConfigureAwait(false);
        return true;
    }
}
