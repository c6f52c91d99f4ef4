namespace IepNavigator.Dialogs.Runtime;

/// <summary>
/// A stateless step of conversation, registered once. Everything it must remember between turns
/// goes in its frame's <see cref="DialogFrame.State"/> (reach it through <see cref="DialogContext.State"/>).
/// </summary>
public abstract class Dialog
{
    protected Dialog(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    public string Id { get; }

    /// <summary>Called once when the dialog is pushed on the stack.</summary>
    public abstract Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>Called with the user's next activity while this dialog is active.</summary>
    public virtual Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>Called when a dialog this one started has ended with <paramref name="result"/>.</summary>
    public virtual Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>
    /// The fact or field this dialog's frame is waiting for an answer to (a contract fact name such as
    /// "evaluationRequestedOn", or a letter field such as "parentEmail"), or null when it waits on nothing nameable.
    /// The message reader reads the next message as an answer to it; replies carry it as channelData's "awaiting".
    /// </summary>
    public virtual string? Awaiting(DialogFrame frame) => null;

    /// <summary>Asks again for whatever this dialog is waiting on (after an interruption).</summary>
    public virtual Task RepromptAsync(ITurnContext turnContext, DialogFrame frame, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
