using IepNavigator.Dialogs.Triage;
using IepNavigator.DirectLine.Bot;
using IepNavigator.DirectLine.Conversations;
using IepNavigator.Storage;
using IepNavigator.Storage.Access;
using IepNavigator.Storage.Reminders;

namespace IepNavigator.Web.Hosting.Retention;

/// <summary>How many rows "delete my data" removed after the turn, per table family.</summary>
public sealed record ErasureCounts(int StateItems, int Reminders, int DirectLineConversations, int UserKeys = 0);

/// <summary>
/// The part of "delete my data" that runs after the turn (triage packets are already withdrawn by
/// <see cref="DeleteDataWithdrawal"/>): the Direct Line log of the user's conversations (up to the confirming
/// message, so the answer to it stays readable), every state row of the user and of those conversations (now that
/// the turn has saved its own), the reminders of the user's letters (ids start with <c>{channel}/users/{user}/</c>), and
/// every credential that could reach what is left: the user's data generation moves on (each letter and chart link and
/// each Direct Line token issued before is refused from now on, on every instance) and a widget user's keys are revoked.
/// Logs counts only.
/// </summary>
public sealed partial class UserDataEraser(
    IStateStoreAdmin state, IConversationLog log, IUserAccessStore access, TimeProvider clock, ILogger<UserDataEraser> logger, IReminderStore? reminders = null)
{
    public async Task<ErasureCounts> EraseAsync(UserDataErasureRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        IReadOnlyList<string> logged = request.ChannelId == ChannelAccounts.ChannelId
            ? await log.EraseUserAsync(request.UserId, request.SaidAt ?? clock.GetUtcNow(), cancellationToken).ConfigureAwait(false)
            : [];
        var conversations = logged.Append(request.ConversationId).Distinct(StringComparer.Ordinal).ToList();
        var stateItems = await state.DeleteUserDataAsync(request.UserId, conversations, cancellationToken).ConfigureAwait(false);
        var reminderRows = reminders is null
            ? 0
            : await reminders.DeleteByPrefixAsync($"{request.ChannelId}/users/{request.UserId}/", cancellationToken).ConfigureAwait(false);
        await access.AdvanceDataGenerationAsync(DataOwners.For(request.ChannelId, request.UserId), cancellationToken).ConfigureAwait(false);
        var keys = request.ChannelId == ChannelAccounts.ChannelId
            ? await access.RevokeUserKeysAsync(request.UserId, cancellationToken).ConfigureAwait(false)
            : 0;
        LogErased(logger, stateItems, reminderRows, logged.Count, keys);
        return new ErasureCounts(stateItems, reminderRows, logged.Count, keys);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Delete my data removed {StateItems} state items and {Reminders} reminders, cleared {Conversations} Direct Line conversations, revoked {UserKeys} user keys and every earlier link and token.")]
    private static partial void LogErased(ILogger logger, int stateItems, int reminders, int conversations, int userKeys);
}
