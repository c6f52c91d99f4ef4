using IepNavigator.Dialogs.Flows;

namespace IepNavigator.Dialogs.Letters.Interruptions;

/// <summary>
/// While the letters flow waits for a field, the message is that field's answer: a name in Arabic script or a
/// Spanish school name must reach the letter, not the other-language notice. Commands that run before this
/// (help, start over, cancel, why, explain, review, switch child) still work.
/// </summary>
public sealed class LetterAnswerInterruption : IInterruption
{
    public InterruptionOrder Order => InterruptionOrder.LetterAnswer;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.ActiveFrame?.Id != FlowIds.Letter)
        {
            return InterruptionOutcome.NotHandled;
        }
        await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Handled;
    }
}
