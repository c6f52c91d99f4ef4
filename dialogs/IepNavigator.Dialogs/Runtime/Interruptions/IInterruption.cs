namespace IepNavigator.Dialogs.Runtime.Interruptions;

/// <summary>What the runner does after an interruption handled a message.</summary>
public enum InterruptionOutcome
{
    /// <summary>Not this handler's message: try the next one, then the active dialog.</summary>
    NotHandled,
    /// <summary>Answered; ask the active dialog's question again (or start the root if nothing runs).</summary>
    Resume,
    /// <summary>The stack was cleared; begin the root dialog afresh.</summary>
    Restart,
    /// <summary>Answered and the handler left the stack as it wants it; nothing more this turn.</summary>
    Handled,
}

/// <summary>
/// Something a parent may say at any point ("help", "start over", "why?", "what is an IEE?") that is
/// handled before the active dialog sees the message. Register more in DI; <see cref="Order"/> sorts them.
/// </summary>
public interface IInterruption
{
    /// <summary>Where it runs: its member of the one ordered list (<see cref="InterruptionOrder"/>); earlier runs first.</summary>
    InterruptionOrder Order { get; }

    /// <param name="text">The message text, normalized (<see cref="TextNormalizer"/>).</param>
    Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken);
}

/// <summary>
/// An interruption that reads a message's files: the runner also offers it a message with attachments and no text
/// (called with an empty <c>text</c>), which no other interruption sees.
/// </summary>
public interface IAttachmentInterruption : IInterruption
{
}
