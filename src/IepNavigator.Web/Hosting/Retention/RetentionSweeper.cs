using IepNavigator.DirectLine.Conversations;
using IepNavigator.Storage;
using IepNavigator.Storage.Reminders;
using Microsoft.Extensions.Options;

namespace IepNavigator.Web.Hosting.Retention;

/// <summary>How many rows one sweep removed, per table family.</summary>
public sealed record RetentionCounts(int StateItems, int DirectLineConversations, int Reminders);

/// <summary>
/// One retention pass: state items not written for <see cref="RetentionOptions.IdleDays"/>, Direct Line
/// conversations idle as long (with their activities), and reminders sent before the same cut-off. Logs counts only.
/// </summary>
public sealed partial class RetentionSweeper(
    IStateStoreAdmin state, IConversationLog log, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionSweeper> logger,
    IReminderStore? reminders = null)
{
    public async Task<RetentionCounts> SweepAsync(CancellationToken cancellationToken)
    {
        var idleFor = options.Value.IdleFor;
        var cutoff = clock.GetUtcNow() - idleFor;
        var stateItems = await state.DeleteIdleAsync(idleFor, cancellationToken).ConfigureAwait(false);
        var conversations = await log.DeleteIdleAsync(cutoff, cancellationToken).ConfigureAwait(false);
        var sent = reminders is null ? 0 : await reminders.DeleteSentBeforeAsync(cutoff, cancellationToken).ConfigureAwait(false);
        LogSwept(logger, stateItems, conversations, sent, options.Value.IdleDays);
        return new RetentionCounts(stateItems, conversations, sent);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Retention sweep removed {StateItems} state items, {Conversations} Direct Line conversations and {Reminders} sent reminders idle over {IdleDays} days.")]
    private static partial void LogSwept(ILogger logger, int stateItems, int conversations, int reminders, int idleDays);
}
