using IepNavigator.Dialogs.Flows;

namespace IepNavigator.Dialogs.Triage;

/// <summary>
/// "Delete my data" also withdraws every request sent to an advocate. It watches, never answers: on a turn where
/// the delete dialog is waiting for its yes, it hooks the turn's outgoing messages, and when the delete dialog says
/// it is done (its "delete.done" message, sent only after the cases are gone) the requests are deleted first.
/// This keeps the delete dialog unaware of the hand-off. It also marks the turn (<see cref="UserDataErasure"/>) so the
/// host removes the user's remaining rows in every other table once the turn is over.
/// </summary>
public sealed class DeleteDataWithdrawal(IAdvocateHandOff handOff, MessageCatalog messages) : IInterruption
{
    public InterruptionOrder Order => InterruptionOrder.DeleteDataWithdrawal;

    public Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Stack.Frames.Any(f => f.Id == FlowIds.DeleteData))
        {
            var done = messages["delete.done"];
            var owner = HandOffRequests.OwnerOf(dc.Context);
            dc.Context.OnSendActivities(async (context, activities, next) =>
            {
                if (activities.Any(a => a.Type == ActivityTypes.Message && a.Text == done))
                {
                    await handOff.WithdrawAllAsync(owner, cancellationToken).ConfigureAwait(false);
                    // The rest (state rows, reminders, the Direct Line log) goes after the turn, once its state is saved.
                    UserDataErasure.Request(context);
                }
                return await next().ConfigureAwait(false);
            });
        }
        return Task.FromResult(InterruptionOutcome.NotHandled);
    }
}
