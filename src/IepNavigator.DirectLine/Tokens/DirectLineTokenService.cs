using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using IepNavigator.Storage.Access;
using Microsoft.Extensions.Options;

namespace IepNavigator.DirectLine.Tokens;

/// <summary>
/// Issues and checks HS256 JWTs. A JWT (not an opaque string) because Web Chat reads the
/// <c>user</c> claim from the token to know which activities are the parent's own. A conversation token also seals the
/// user's data generation (<see cref="IUserAccessStore"/>): once "delete my data" advances it, every token issued
/// before is refused, refreshes included, on every instance.
/// </summary>
public sealed class DirectLineTokenService
{
    private static readonly string EncodedHeader = Base64Url(Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}"""));

    private readonly byte[] _key;
    private readonly TimeProvider _clock;
    private readonly DirectLineOptions _options;
    private readonly IUserAccessStore _access;

    public DirectLineTokenService(IOptions<DirectLineOptions> options, TimeProvider clock, IUserAccessStore access)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _clock = clock;
        _access = access ?? throw new ArgumentNullException(nameof(access));
        _key = string.IsNullOrWhiteSpace(_options.SigningKey)
            ? RandomNumberGenerator.GetBytes(32)
            : Convert.FromBase64String(_options.SigningKey);
        if (_key.Length < 32)
        {
            throw new InvalidOperationException("DirectLine:SigningKey must decode to at least 32 bytes.");
        }
    }

    public TimeSpan TokenLifetime => _options.TokenLifetime;

    /// <summary>The owner of a Direct Line user's data: the channel id the bot sees, and the user id.</summary>
    public static string DataOwner(string userId) => DataOwners.For(Bot.ChannelAccounts.ChannelId, userId);

    /// <summary>A conversation token sealing the user's current data generation.</summary>
    public async Task<string> IssueConversationTokenAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        var generation = await _access.GetDataGenerationAsync(DataOwner(userId), cancellationToken).ConfigureAwait(false);
        return Issue(new TokenClaims(TokenPurpose.Conversation, userId, conversationId, _clock.GetUtcNow() + _options.TokenLifetime, generation));
    }

    /// <summary>
    /// <see cref="Check"/>, then, for a signed conversation token or a signed user key of the old kind, whether the
    /// user's data was deleted since it was issued (<see cref="TokenStatus.Revoked"/>).
    /// </summary>
    public async Task<TokenCheck> CheckAsync(string? token, TokenPurpose expected, CancellationToken cancellationToken)
    {
        var check = Check(token, expected);
        if (check.Status is not (TokenStatus.Valid or TokenStatus.Expired) || check.Claims is not { } claims)
        {
            return check;
        }
        var current = await _access.GetDataGenerationAsync(DataOwner(claims.UserId), cancellationToken).ConfigureAwait(false);
        return current == claims.Generation ? check : new(TokenStatus.Revoked, null);
    }

    public TokenCheck Check(string? token, TokenPurpose expected)
    {
        var parts = token?.Split('.');
        if (parts is not { Length: 3 } || parts[0] != EncodedHeader)
        {
            return new(TokenStatus.Malformed, null);
        }

        byte[] signature;
        byte[] payload;
        try
        {
            signature = FromBase64Url(parts[2]);
            payload = FromBase64Url(parts[1]);
        }
        catch (FormatException)
        {
            return new(TokenStatus.Malformed, null);
        }

        if (!CryptographicOperations.FixedTimeEquals(signature, Sign(parts[0] + "." + parts[1])))
        {
            return new(TokenStatus.BadSignature, null);
        }

        var claims = ReadClaims(payload);
        if (claims is null)
        {
            return new(TokenStatus.Malformed, null);
        }

        if (claims.Purpose != expected)
        {
            return new(TokenStatus.WrongPurpose, null);
        }

        return claims.ExpiresAt <= _clock.GetUtcNow() ? new(TokenStatus.Expired, claims) : new(TokenStatus.Valid, claims);
    }

    private string Issue(TokenClaims claims)
    {
        var payload = new Dictionary<string, object>
        {
            ["use"] = claims.Purpose == TokenPurpose.Conversation ? "conv" : "user-key",
            ["user"] = claims.UserId,
            ["iat"] = _clock.GetUtcNow().ToUnixTimeSeconds(),
            ["exp"] = claims.ExpiresAt.ToUnixTimeSeconds(),
            ["gen"] = claims.Generation,
        };
        if (claims.ConversationId is not null)
        {
            payload["conv"] = claims.ConversationId;
        }

        var unsigned = EncodedHeader + "." + Base64Url(JsonSerializer.SerializeToUtf8Bytes(payload));
        return unsigned + "." + Base64Url(Sign(unsigned));
    }

    private static TokenClaims? ReadClaims(byte[] payload)
    {
        try
        {
            using var doc = JsonDocument.Parse(payload);
            var root = doc.RootElement;
            var purpose = root.GetProperty("use").GetString() switch
            {
                "conv" => TokenPurpose.Conversation,
                "user-key" => TokenPurpose.UserKey,
                _ => (TokenPurpose?)null,
            };
            var user = root.GetProperty("user").GetString();
            var conversation = root.TryGetProperty("conv", out var c) ? c.GetString() : null;
            var expires = DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("exp").GetInt64());
            var generation = root.TryGetProperty("gen", out var g) ? g.GetInt64() : 0;
            if (purpose is null || string.IsNullOrEmpty(user) || (purpose == TokenPurpose.Conversation && string.IsNullOrEmpty(conversation)))
            {
                return null;
            }

            return new TokenClaims(purpose.Value, user, conversation, expires, generation);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private byte[] Sign(string text) => HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(text));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch { 2 => "==", 3 => "=", 0 => string.Empty, _ => throw new FormatException() };
        return Convert.FromBase64String(padded);
    }
}
