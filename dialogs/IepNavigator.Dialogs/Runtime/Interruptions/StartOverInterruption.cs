using IepNavigator.Understanding.Reading;

namespace IepNavigator.Dialogs.Runtime.Interruptions;

/// <summary>"start over": drops the whole flow (nothing of it is kept) and begins again.</summary>
public sealed class StartOverInterruption(InterruptionPhrases phrases, MessageCatalog messages) : IInterruption
{
    public InterruptionOrder Order => InterruptionOrder.StartOver;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!phrases.Matches("startOver", text) && !TurnMeaning.Means(dc, Intent.StartOver))
        {
            return InterruptionOutcome.NotHandled;
        }
        dc.CancelAllDialogs();
        // Starting over asks where the family is, even for a parent just back (who would otherwise go on with the case).
        dc.Turn.Returning = false;
        await dc.Context.SendActivityAsync(messages["startOver"], cancellationToken: cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Restart;
    }
}
