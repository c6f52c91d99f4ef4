using IepNavigator.DirectLine.Conversations;
using IepNavigator.Storage;
using IepNavigator.Storage.Access;
using IepNavigator.Storage.Reminders;
using Microsoft.Extensions.Options;

namespace IepNavigator.Web.Hosting.Retention;

/// <summary>How many rows one sweep removed, per table family.</summary>
public sealed record RetentionCounts(int StateItems, int DirectLineConversations, int Reminders, int ExpiredUserKeys = 0);

/// <summary>
/// One retention pass: state items not written for <see cref="RetentionOptions.IdleDays"/>, Direct Line
/// conversations idle as long (with their activities), reminders sent before the same cut-off, and widget user keys
/// past their own expiry. Logs counts only.
/// </summary>
public sealed partial class RetentionSweeper(
    IStateStoreAdmin state, IConversationLog log, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionSweeper> logger,
    IReminderStore? reminders = null, IUserAccessStore? access = null)
{
    public async Task<RetentionCounts> SweepAsync(CancellationToken cancellationToken)
    {
        var idleFor = options.Value.IdleFor;
        var cutoff = clock.GetUtcNow() - idleFor;
        var stateItems = await state.DeleteIdleAsync(idleFor, cancellationToken).ConfigureAwait(false);
        var conversations = await log.DeleteIdleAsync(cutoff, cancellationToken).ConfigureAwait(false);
        var sent = reminders is null ? 0 : await reminders.DeleteSentBeforeAsync(cutoff, cancellationToken).ConfigureAwait(false);
        var keys = access is null ? 0 : await access.DeleteExpiredUserKeysAsync(clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        LogSwept(logger, stateItems, conversations, sent, options.Value.IdleDays, keys);
        return new RetentionCounts(stateItems, conversations, sent, keys);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Retention sweep removed {StateItems} state items, {Conversations} Direct Line conversations and {Reminders} sent reminders idle over {IdleDays} days, and {UserKeys} expired user keys.")]
    private static partial void LogSwept(ILogger logger, int stateItems, int conversations, int reminders, int idleDays, int userKeys);
}
