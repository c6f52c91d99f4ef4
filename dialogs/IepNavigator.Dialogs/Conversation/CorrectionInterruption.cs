using IepNavigator.Dialogs.Flows;
using IepNavigator.Understanding.Reading;

namespace IepNavigator.Dialogs.Conversation;

/// <summary>
/// "no wait, it was October", "his name is Tyler Carter. fix it", "change my email": a correction that states its new
/// value was already applied with the message's facts (a newer statement wins), so it is confirmed and the open question
/// goes on (a letter field is named with its new value; the last letter drafted was already re-issued by the letters'
/// LetterFieldChangeInterruption); one that names nothing new ("change my email") opens the review, where the parent
/// picks what to change.
/// </summary>
public sealed class CorrectionInterruption(MessageCatalog messages, CaseStore cases) : IInterruption
{
    public InterruptionOrder Order => InterruptionOrder.Correction;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!TurnMeaning.Means(dc, Intent.Correct) || dc.Stack.Frames.Any(f => f.Id == FlowIds.Review))
        {
            return InterruptionOutcome.NotHandled;
        }
        if (TurnMeaning.Changes(dc) is { Any: true } changes)
        {
            if (changes.LetterFields.Count > 0)
            {
                var book = await cases.GetBookAsync(dc.Context, cancellationToken).ConfigureAwait(false);
                var fields = SharedLetterFields.ToDictionary(book.LetterFieldsFor(book.Active()));
                var changed = changes.LetterFields.Select(f => $"{messages["letterField." + f]}: {Letters.Drafting.LetterFieldLabels.Shown(fields.GetValueOrDefault(f))}");
                await dc.Context.SendActivityAsync(MessageFactory.Text(messages.Format("letterField.changed", string.Join("; ", changed))), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await dc.Context.SendActivityAsync(messages["review.updated"], cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            return InterruptionOutcome.Resume;
        }
        await dc.BeginDialogAsync(FlowIds.Review, null, cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Handled;
    }
}
