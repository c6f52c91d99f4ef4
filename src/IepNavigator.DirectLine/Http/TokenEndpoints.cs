using System.Security.Cryptography;
using System.Text.Json;
using IepNavigator.DirectLine.Tokens;
using Microsoft.AspNetCore.Http;

namespace IepNavigator.DirectLine.Http;

/// <summary>POST tokens/generate (server-side, with the secret) and tokens/refresh (with a valid token).</summary>
internal static class TokenEndpoints
{
    public static async Task<IResult> GenerateAsync(HttpRequest request, DirectLineAuthenticator auth, DirectLineTokenService tokens)
    {
        var (caller, error) = await auth.AuthenticateAsync(request).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (!caller!.IsSecret)
        {
            return DirectLineErrors.InvalidToken();
        }

        var userId = await ReadUserIdAsync(request).ConfigureAwait(false) ?? NewUserId();
        var conversationId = NewConversationId();
        var token = await tokens.IssueConversationTokenAsync(conversationId, userId, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return Results.Json(new ConversationResponse(conversationId, token, Seconds(tokens), null));
    }

    public static async Task<IResult> RefreshAsync(HttpRequest request, DirectLineAuthenticator auth, DirectLineTokenService tokens)
    {
        var (caller, error) = await auth.AuthenticateAsync(request, allowSecret: false).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var claims = caller!.Token!;
        var token = await tokens.IssueConversationTokenAsync(claims.ConversationId!, claims.UserId, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return Results.Json(new ConversationResponse(claims.ConversationId!, token, Seconds(tokens), null));
    }

    public static string NewConversationId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>"dl_" marks an id the server chose, as Azure requires for token-bound user ids.</summary>
    public static string NewUserId() => "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    public static int Seconds(DirectLineTokenService tokens) => (int)tokens.TokenLifetime.TotalSeconds;

    /// <summary>Reads <c>user.id</c> from an optional <c>{user:{id}}</c> body; anything else means "no id".</summary>
    public static async Task<string?> ReadUserIdAsync(HttpRequest request)
    {
        if (request.ContentLength is 0 or > 4096)
        {
            return null;
        }

        try
        {
            using var doc = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted).ConfigureAwait(false);
            return doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty("user", out var user)
                && user.ValueKind == JsonValueKind.Object
                && user.TryGetProperty("id", out var id)
                && id.ValueKind == JsonValueKind.String
                && id.GetString() is { Length: > 0 and <= 128 } value
                ? value
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
