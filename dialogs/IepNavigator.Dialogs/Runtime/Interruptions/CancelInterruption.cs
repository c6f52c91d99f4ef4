namespace IepNavigator.Dialogs.Runtime.Interruptions;

/// <summary>"cancel" / "stop": ends whatever runs and waits; the next message starts fresh.</summary>
public sealed class CancelInterruption(InterruptionPhrases phrases, MessageCatalog messages) : IInterruption
{
    public InterruptionOrder Order => InterruptionOrder.Cancel;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!phrases.Matches("cancel", text))
        {
            return InterruptionOutcome.NotHandled;
        }
        dc.CancelAllDialogs();
        await dc.Context.SendActivityAsync(messages["cancelled"], cancellationToken: cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Handled;
    }
}
