using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.IdentityModel.Tokens;

namespace IepNavigator.Web.Bot;

/// <summary>
/// Wraps the host's Bot Framework authentication so that every token it cannot accept is a 401.
/// CloudAdapter turns only UnauthorizedAccessException into 401: an unsigned or badly signed token, a key
/// the connector never published, a malformed JWT, or signing keys that cannot be fetched otherwise
/// escape as a 500 (and Teams would retry). Only request authentication is wrapped; bot errors are not.
/// The refusal names the cause's type (<see cref="RejectedBotTokenException"/>); /api/messages logs it once.
/// </summary>
public sealed class FailClosedBotFrameworkAuthentication(BotFrameworkAuthentication inner) : BotFrameworkAuthentication
{
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsTokenFailure(ex))
        {
            throw Rejected(ex);
        }
    }

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsTokenFailure(ex))
        {
            throw Rejected(ex);
        }
    }

    public override async Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsTokenFailure(ex))
        {
            throw Rejected(ex);
        }
    }

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => inner.CreateConnectorFactory(claimsIdentity);

    /// <summary>Built on first use (DeferredUserTokenClient): CloudAdapter asks for one every turn, and building it is costly.</summary>
    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new DeferredUserTokenClient(() => inner.CreateUserTokenClientAsync(claimsIdentity, CancellationToken.None)));

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    /// <summary>
    /// Token validation failures, malformed tokens, and unreachable signing keys (a token that cannot be
    /// verified is not accepted). Cancellation and the already-handled UnauthorizedAccessException pass through.
    /// </summary>
    private static bool IsTokenFailure(Exception ex) =>
        ex is SecurityTokenException or ArgumentException or InvalidOperationException or IOException or HttpRequestException
        && ex is not OperationCanceledException and not ObjectDisposedException;

    // The exception type only: its message may quote the token.
    private static RejectedBotTokenException Rejected(Exception ex) => new(ex.GetType().Name);
}

/// <summary>A Bot Framework token that was refused; <see cref="Cause"/> is the failure's type name, never its message.</summary>
public sealed class RejectedBotTokenException(string cause)
    : UnauthorizedAccessException("The request's Bot Connector token could not be validated.")
{
    public string Cause { get; } = cause;
}
