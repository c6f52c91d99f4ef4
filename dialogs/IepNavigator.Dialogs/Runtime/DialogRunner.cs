using IepNavigator.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Runtime;

/// <summary>
/// The one entry of a turn: loads the dialog stack, lets interruptions answer first, begins the root
/// dialog when nothing runs and continues the active one otherwise. The turn runs in a <see cref="TurnTransaction"/>
/// (the bot's, when it began one, else the runner's own): conversation and user state are saved in one write at
/// its end, replies are held until then, and a turn that loses an ETag race is re-run. Odd input (empty,
/// attachment only, huge) gets a polite reply, and a failing dialog resets the stack instead of breaking every later turn.
/// </summary>
public sealed partial class DialogRunner
{
    /// <summary>Longer messages are cut before any recognizer sees them.</summary>
    public const int MaxTextLength = 4000;

    private readonly DialogRegistry _dialogs;
    private readonly TurnTransaction _transaction;
    private readonly IReadOnlyList<IInterruption> _interruptions;
    private readonly MessageCatalog _messages;
    private readonly ILogger _logger;
    private readonly string _rootDialogId;
    private readonly ITurnState _state;

    public DialogRunner(
        DialogRegistry dialogs,
        ITurnState state,
        IEnumerable<IInterruption> interruptions,
        MessageCatalog messages,
        ILogger<DialogRunner> logger,
        string rootDialogId,
        TurnTransaction? transaction = null)
    {
        _dialogs = dialogs ?? throw new ArgumentNullException(nameof(dialogs));
        _state = state ?? throw new ArgumentNullException(nameof(state));
        _interruptions = InOrder(interruptions ?? []);
        _messages = messages ?? throw new ArgumentNullException(nameof(messages));
        // A runner built alone (tests) runs its own transactions over the same state.
        _transaction = transaction ?? new TurnTransaction(state, messages, NullLogger<TurnTransaction>.Instance);
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _rootDialogId = rootDialogId;
        _dialogs.Get(rootDialogId);
    }

    /// <summary>
    /// The interruptions in <see cref="Conversation.InterruptionOrder"/>. Two in one position would leave their order to
    /// whichever was registered first, so the runner refuses them instead of guessing.
    /// </summary>
    private static IReadOnlyList<IInterruption> InOrder(IEnumerable<IInterruption> interruptions)
    {
        var ordered = interruptions.OrderBy(i => i.Order).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].Order == ordered[i - 1].Order)
            {
                throw new InvalidOperationException(
                    $"{ordered[i - 1].GetType().Name} and {ordered[i].GetType().Name} share the interruption position {ordered[i].Order}: give each its own member of InterruptionOrder.");
            }
        }
        return ordered;
    }

    /// <summary>Handles one incoming message: interruptions, then the active dialog or the root.</summary>
    public Task<DialogTurnStatus> RunAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        WithStackAsync(turnContext, dc => RunMessageAsync(dc, cancellationToken), cancellationToken);

    /// <summary>For a welcome or a resume: begins the root when nothing runs, else re-asks the active question.</summary>
    public Task<DialogTurnStatus> StartAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        WithStackAsync(turnContext, dc => ResumeOrBeginAsync(dc, cancellationToken), cancellationToken);

    /// <summary>What the conversation's active dialog waits for an answer to (<see cref="Dialog.Awaiting"/>), or null.</summary>
    public async Task<string?> AwaitingAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var stack = await _state.DialogStackAsync(turnContext, cancellationToken).ConfigureAwait(false);
        return new DialogContext(_dialogs, turnContext, stack).Awaiting;
    }

    /// <summary>True when a dialog is waiting for this conversation's next message.</summary>
    public async Task<bool> IsActiveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var stack = await _state.DialogStackAsync(turnContext, cancellationToken).ConfigureAwait(false);
        return stack.Frames.Count > 0;
    }

    private async Task<DialogTurnStatus> WithStackAsync(ITurnContext turnContext, Func<DialogContext, Task<DialogTurnStatus>> turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var status = DialogTurnStatus.Empty;
        // Joins the bot's transaction when there is one (it saves at the end of the whole turn), else runs its own.
        await _transaction.RunAsync(turnContext, async (context, token) => status = await OnStackAsync(context, turn, token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        return status;
    }

    private async Task<DialogTurnStatus> OnStackAsync(ITurnContext turnContext, Func<DialogContext, Task<DialogTurnStatus>> turn, CancellationToken cancellationToken)
    {
        var stack = await _state.DialogStackAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var dc = new DialogContext(_dialogs, turnContext, stack);
        DialogTurnStatus status;
        try
        {
            status = await turn(dc).ConfigureAwait(false);
        }
        // A lost ETag race is the transaction's to handle (it re-runs the turn); anything else is a failing dialog.
        catch (Exception ex) when (ex is not OperationCanceledException and not StorageConcurrencyException)
        {
            // Never the message text: only what failed and where.
            // Only the exception type, dialog id and stack: an exception message may quote stored text.
            LogDialogFailed(_logger, ex.GetType().Name, dc.ActiveFrame?.Id ?? "-", ex.StackTrace ?? "");
            dc.CancelAllDialogs();
            await turnContext.SendActivityAsync(_messages["error.apology"], cancellationToken: cancellationToken).ConfigureAwait(false);
            status = DialogTurnStatus.Cancelled;
        }
        // The stack is the turn's own document: saving is the transaction's, one write of what changed when the turn ends.
        return status;
    }

    private async Task<DialogTurnStatus> RunMessageAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var activity = dc.Context.Activity;
        if (activity.Type != ActivityTypes.Message)
        {
            return dc.ActiveFrame is null ? DialogTurnStatus.Empty : DialogTurnStatus.Waiting;
        }
        ReadCardSubmit(dc);
        // The culture is async-local: a switch made inside an awaited interruption does not flow back out of the await,
        // so the runner applies the turn's language once here and again only after an interruption that changed it.
        var turn = dc.Turn;
        TurnLanguage.Apply(turn);
        var applied = turn.Language;
        if (string.IsNullOrWhiteSpace(TextNormalizer.Normalize(activity.Text)) && !ContainsSymbols(activity.Text))
        {
            // A file alone (the widget's paper-clip, a Teams file) goes to the interruptions that read files first.
            if (activity.Attachments?.Count > 0)
            {
                foreach (var reader in _interruptions.OfType<IAttachmentInterruption>())
                {
                    var read = await reader.TryHandleAsync(dc, "", cancellationToken).ConfigureAwait(false);
                    applied = Reapply(turn, applied);
                    if (await ApplyAsync(dc, read, cancellationToken).ConfigureAwait(false) is { } status)
                    {
                        return status;
                    }
                }
            }
            var reply = activity.Attachments?.Count > 0 ? "message.attachmentOnly" : "message.empty";
            await dc.Context.SendActivityAsync(_messages[reply], cancellationToken: cancellationToken).ConfigureAwait(false);
            return await ResumeOrBeginAsync(dc, cancellationToken).ConfigureAwait(false);
        }
        if (activity.Text.Length > MaxTextLength)
        {
            activity.Text = activity.Text[..MaxTextLength];
        }
        var text = TextNormalizer.Normalize(activity.Text);
        foreach (var interruption in _interruptions)
        {
            var outcome = await interruption.TryHandleAsync(dc, text, cancellationToken).ConfigureAwait(false);
            applied = Reapply(turn, applied);
            if (await ApplyAsync(dc, outcome, cancellationToken).ConfigureAwait(false) is { } status)
            {
                return status;
            }
        }
        var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await dc.BeginDialogAsync(_rootDialogId, null, cancellationToken).ConfigureAwait(false);
        }
        return result.Status;
    }

    /// <summary>What an interruption's outcome does to the turn; null when the message goes on.</summary>
    private async Task<DialogTurnStatus?> ApplyAsync(DialogContext dc, InterruptionOutcome outcome, CancellationToken cancellationToken)
    {
        switch (outcome)
        {
            case InterruptionOutcome.Resume:
                return await ResumeOrBeginAsync(dc, cancellationToken).ConfigureAwait(false);
            case InterruptionOutcome.Restart:
                dc.CancelAllDialogs();
                return (await dc.BeginDialogAsync(_rootDialogId, null, cancellationToken).ConfigureAwait(false)).Status;
            case InterruptionOutcome.Handled:
                return dc.ActiveFrame is null ? DialogTurnStatus.Empty : DialogTurnStatus.Waiting;
            default:
                return null;
        }
    }

    private async Task<DialogTurnStatus> ResumeOrBeginAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.ActiveFrame is null)
        {
            return (await dc.BeginDialogAsync(_rootDialogId, null, cancellationToken).ConfigureAwait(false)).Status;
        }
        await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        return DialogTurnStatus.Waiting;
    }

    /// <summary>After an interruption: the turn's language applied again if the interruption changed it (the rest of the turn follows it).</summary>
    private static string? Reapply(TurnNotes turn, string? applied)
    {
        if (string.Equals(turn.Language, applied, StringComparison.Ordinal))
        {
            return applied;
        }
        TurnLanguage.Apply(turn);
        return turn.Language;
    }

    /// <summary>An Adaptive Card button posts its value instead of text; read its "text" as the message.</summary>
    private static void ReadCardSubmit(DialogContext dc)
    {
        var activity = dc.Context.Activity;
        if (string.IsNullOrWhiteSpace(activity.Text) && activity.Value is JObject value && value.Value<string>("text") is { } text)
        {
            activity.Text = text;
            dc.Turn.CardSubmit = true;
        }
    }

    /// <summary>Only emoji or punctuation is still a message to answer, not an empty one.</summary>
    private static bool ContainsSymbols(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Any(c => !char.IsWhiteSpace(c) && !char.IsControl(c) && c != '\u200B' && c != '\uFEFF');

    [LoggerMessage(Level = LogLevel.Error, Message = "Dialog turn failed with {ExceptionType} in {DialogId}; the stack was reset. {StackTrace}")]
    private static partial void LogDialogFailed(ILogger logger, string exceptionType, string dialogId, string stackTrace);
}
