using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Flows;
using IepNavigator.Dialogs.Runtime;
using IepNavigator.Dialogs.Runtime.Interruptions;
using IepNavigator.Understanding.Reading;

namespace IepNavigator.Dialogs.Conversation;

/// <summary>
/// "no wait, it was October", "his name is Tyler Carter. fix it", "change my email": a correction that states its new
/// value was already applied with the message's facts (a newer statement wins), so it is confirmed and the open question
/// goes on; one that names nothing new ("change my email") opens the review, where the parent picks what to change.
/// </summary>
public sealed class CorrectionInterruption(MessageCatalog messages) : IInterruption
{
    public int Order => InterruptionOrder.Correction;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!TurnMeaning.Means(dc.Context, Intent.Correct) || dc.Stack.Frames.Any(f => f.Id == FlowIds.Review))
        {
            return InterruptionOutcome.NotHandled;
        }
        if (TurnMeaning.Changes(dc.Context) is { Any: true })
        {
            await dc.Context.SendActivityAsync(messages["review.updated"], cancellationToken: cancellationToken).ConfigureAwait(false);
            return InterruptionOutcome.Resume;
        }
        await dc.BeginDialogAsync(FlowIds.Review, null, cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Handled;
    }
}
