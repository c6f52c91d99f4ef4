using IepNavigator.Web.Bot;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace IepNavigator.Web.Limits;

/// <summary>
/// Names the chat user behind a turn before the rate limiter runs: the sender of an /api/messages activity
/// (one channel posts for all its users from a few addresses, so the address alone would throttle everyone),
/// or the bearer token of a Direct Line post (one token per browser conversation). Reads (a polling widget
/// asks for activities every second) are not turns: only the per-address limit applies to them.
/// </summary>
public sealed class UserKeyMiddleware(RequestDelegate next, IOptions<BotHostOptions> bot)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        if (HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments("/api/messages")
            && request.ContentLength is > 0 and var length && length <= bot.Value.MaxMessageBytes)
        {
            request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: bot.Value.MaxMessageBytes + 1);
            var sender = await ActivitySenderReader.ReadSenderAsync(request.Body, (int)length + 1, http.RequestAborted).ConfigureAwait(false);
            if (sender is not null)
            {
                ClientPartitions.SetUserKey(http, ClientPartitions.Digest("user", sender));
            }
        }
        else if (HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments("/v3/directline/conversations")
            && request.Headers[HeaderNames.Authorization].ToString() is { Length: > 7 } authorization)
        {
            ClientPartitions.SetUserKey(http, ClientPartitions.Digest("token", authorization));
        }
        await next(http).ConfigureAwait(false);
    }
}
