namespace IepNavigator.Dialogs.Flows.Interruptions;

/// <summary>
/// The first message after the gap, whatever it says ("hi, I'm back — I sent the letter on December 1", a question, a
/// story), is preceded by the welcome back with what is pending; then it is handled as any other message. The first
/// message of a conversation that opened without a join is preceded by its welcome here too (<see cref="FirstReplyWelcome"/>),
/// before the welcome back: both after the language switches, so they are said in the language the chat goes on in.
/// </summary>
public sealed class ReturningWelcomeInterruption(ReturningWelcome welcome, FirstReplyWelcome firstReply) : IInterruption
{
    public InterruptionOrder Order => InterruptionOrder.ReturningWelcome;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await firstReply.SendOnceAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        if (ReturningWelcome.IsReturning(dc.Context))
        {
            await welcome.SendOnceAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        }
        return InterruptionOutcome.NotHandled;
    }
}
