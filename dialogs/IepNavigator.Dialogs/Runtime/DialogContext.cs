using Microsoft.Bot.Builder;
using System.Text.Json.Nodes;

namespace IepNavigator.Dialogs.Runtime;

/// <summary>One turn's view of the dialog stack: begin, continue, end, replace and cancel dialogs.</summary>
public sealed class DialogContext
{
    public DialogContext(DialogRegistry dialogs, ITurnContext context, DialogStack stack)
    {
        Dialogs = dialogs ?? throw new ArgumentNullException(nameof(dialogs));
        Context = context ?? throw new ArgumentNullException(nameof(context));
        Stack = stack ?? throw new ArgumentNullException(nameof(stack));
        // Looked up once here: the interruptions and dialogs read the turn's notes many times (TurnNotes says why).
        Turn = TurnNotes.Of(context);
    }

    public DialogRegistry Dialogs { get; }
    public ITurnContext Context { get; }
    public DialogStack Stack { get; }

    /// <summary>What this turn has learned (<see cref="TurnNotes"/>).</summary>
    public TurnNotes Turn { get; }

    public DialogFrame? ActiveFrame => Stack.Frames.Count == 0 ? null : Stack.Frames[^1];

    /// <summary>What the active dialog waits for an answer to (<see cref="Dialog.Awaiting"/>), or null.</summary>
    public string? Awaiting => ActiveFrame is { } frame ? Dialogs.Find(frame.Id)?.Awaiting(frame) : null;

    /// <summary>The active dialog's own state.</summary>
    public JsonObject State => ActiveFrame?.State ?? throw new InvalidOperationException("No dialog is active.");

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        var dialog = Dialogs.Get(dialogId);
        Stack.Frames.Add(new DialogFrame { Id = dialogId });
        return await dialog.BeginAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken)
    {
        var frame = ActiveFrame;
        if (frame is null)
        {
            return DialogTurnResult.Empty;
        }
        var dialog = Dialogs.Find(frame.Id);
        if (dialog is null)
        {
            // A dialog removed in a new release: drop the stale stack rather than fail every turn.
            Stack.Frames.Clear();
            return DialogTurnResult.Empty;
        }
        return await dialog.ContinueAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Pops the active dialog and resumes its parent with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken)
    {
        if (Stack.Frames.Count > 0)
        {
            Stack.Frames.RemoveAt(Stack.Frames.Count - 1);
        }
        var parent = ActiveFrame;
        if (parent is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }
        var dialog = Dialogs.Find(parent.Id);
        if (dialog is null)
        {
            Stack.Frames.Clear();
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }
        return await dialog.ResumeAsync(this, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Swaps the active dialog for another without resuming the parent (loops, restarts).</summary>
    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        if (Stack.Frames.Count > 0)
        {
            Stack.Frames.RemoveAt(Stack.Frames.Count - 1);
        }
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    public DialogTurnResult CancelAllDialogs()
    {
        Stack.Frames.Clear();
        return DialogTurnResult.Cancelled;
    }

    /// <summary>Asks the active dialog to repeat its question (after an interruption).</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken)
    {
        var frame = ActiveFrame;
        var dialog = frame is null ? null : Dialogs.Find(frame.Id);
        if (frame is not null && dialog is not null)
        {
            await dialog.RepromptAsync(Context, frame, cancellationToken).ConfigureAwait(false);
        }
    }
}
