using System.Security.Cryptography;
using System.Text;
using IepNavigator.DirectLine.Tokens;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace IepNavigator.DirectLine.Http;

/// <summary>Who is calling: the server-side secret (any conversation) or a token bound to one conversation and user.</summary>
internal sealed record DirectLineCaller(bool IsSecret, TokenClaims? Token)
{
    public bool MayUse(string conversationId) => IsSecret || Token?.ConversationId == conversationId;
}

/// <summary>Turns a bearer credential into a <see cref="DirectLineCaller"/> or the error Azure would answer.</summary>
internal sealed class DirectLineAuthenticator(DirectLineTokenService tokens, IOptions<DirectLineOptions> options)
{
    public async Task<(DirectLineCaller? Caller, IResult? Error)> AuthenticateAsync(HttpRequest request, bool allowSecret = true, bool allowQueryToken = false)
    {
        var credential = ReadBearer(request);
        if (credential is null && allowQueryToken)
        {
            // Browsers cannot set headers on a WebSocket, so the stream URL carries the token (as Azure's does).
            credential = request.Query["t"].ToString();
        }

        if (string.IsNullOrEmpty(credential))
        {
            return (null, DirectLineErrors.MissingAuth());
        }

        if (allowSecret && IsSecret(credential))
        {
            return (new DirectLineCaller(true, null), null);
        }

        // A token of a user whose data was deleted since is refused like a forged one (403: DLJS stops using it).
        var check = await tokens.CheckAsync(credential, TokenPurpose.Conversation, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return check.Status switch
        {
            TokenStatus.Valid => (new DirectLineCaller(false, check.Claims), null),
            TokenStatus.Expired => (null, DirectLineErrors.Expired()),
            _ => (null, DirectLineErrors.InvalidToken()),
        };
    }

    public static string? ReadBearer(HttpRequest request) => BearerCredential.Read(request);

    private bool IsSecret(string credential)
    {
        var secret = options.Value.Secret;
        return options.Value.Mode == DirectLineMode.Embedded
            && !string.IsNullOrEmpty(secret)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(credential), Encoding.UTF8.GetBytes(secret));
    }
}
