using IepNavigator.DirectLine.Tokens;

namespace IepNavigator.Web.Limits;

/// <summary>
/// Names the chat user behind a Direct Line post before the rate limiter runs: the user of its conversation token,
/// once the token's signature checks out (however the Authorization header is spelt), so a forged or garbled token
/// spends no real user's turns. Reads (a polling widget asks for activities every second) are not turns: only the
/// per-address limit applies to them. /api/messages counts its turns itself, after Bot Framework authentication.
/// </summary>
public sealed class UserKeyMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        if (HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments("/v3/directline/conversations")
            && BearerCredential.Read(request) is { } credential
            && http.RequestServices.GetService<DirectLineTokenService>() is { } tokens
            && tokens.Check(credential, TokenPurpose.Conversation) is { IsValid: true, Claims: { } claims })
        {
            ClientPartitions.SetUserKey(http, ClientPartitions.Digest("directline", claims.UserId));
        }
        return next(http);
    }
}
