using IepNavigator.DirectLine.Tokens;
using IepNavigator.Storage.Access;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IepNavigator.DirectLine.Widget;

/// <summary>
/// The widget's "same browser, same parent" keys: a key is issued only to a first-time visitor or in exchange for the
/// browser's current key (never for a conversation token), works once (the next one comes with it), and dies with
/// "delete my data". Keys are random secrets kept hashed in <see cref="IUserAccessStore"/>; signed keys from before
/// still name their user until they expire, unless that user's data was deleted since.
/// </summary>
internal sealed partial class WidgetUserKeys(
    IUserAccessStore access, DirectLineTokenService tokens, TimeProvider clock, IOptions<DirectLineOptions> options, ILogger<WidgetUserKeys> logger)
{
    /// <summary>The user the browser's key names, using the key up; null for a first visit or a key that is not (or no longer) valid.</summary>
    public async Task<string?> RedeemAsync(string? key, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }
        var redemption = await access.RedeemUserKeyAsync(key, clock.GetUtcNow(), options.Value.UserKeyReuseGrace, cancellationToken).ConfigureAwait(false);
        switch (redemption.Outcome)
        {
            case UserKeyOutcome.Redeemed:
                return redemption.UserId;
            case UserKeyOutcome.Replayed:
                // No ids: the log says that it happened, not to whom.
                LogReplayed(logger);
                return null;
            default:
                var legacy = await tokens.CheckAsync(key, TokenPurpose.UserKey, cancellationToken).ConfigureAwait(false);
                return legacy.IsValid ? legacy.Claims!.UserId : null;
        }
    }

    /// <summary>The next key for <paramref name="userId"/>, valid for <see cref="DirectLineOptions.UserKeyLifetime"/>.</summary>
    public Task<string> IssueAsync(string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return access.IssueUserKeyAsync(userId, now, now + options.Value.UserKeyLifetime, cancellationToken);
    }

    [LoggerMessage(EventId = 7301, Level = LogLevel.Warning,
        Message = "A widget user key was presented again after it had been used: every key of that user was revoked, and the browser starts as a new visitor.")]
    private static partial void LogReplayed(ILogger logger);
}
