using System.Text.Json.Nodes;

namespace IepNavigator.Dialogs.Runtime;

/// <summary>What a waterfall step sees: the values gathered so far and the result of the previous step or prompt.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _waterfall;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, int index, object? result)
    {
        _waterfall = waterfall;
        Dialog = dc;
        Index = index;
        Result = result;
    }

    public DialogContext Dialog { get; }
    public int Index { get; }

    /// <summary>The previous step's or prompt's result (null on the first step).</summary>
    public object? Result { get; }

    /// <summary>Values kept across this waterfall's steps (persisted with the frame).</summary>
    public JsonObject Values => Dialog.State.Object(WaterfallDialog.ValuesKey);

    public T? GetOptions<T>() where T : class =>
        Dialog.State.Get<T>(WaterfallDialog.OptionsKey);

    public Task<DialogTurnResult> PromptAsync(string promptId, Prompts.PromptOptions options, CancellationToken cancellationToken) =>
        Dialog.BeginDialogAsync(promptId, options, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken) =>
        Dialog.BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Skips to the next step in the same turn.</summary>
    public Task<DialogTurnResult> NextAsync(object? result, CancellationToken cancellationToken) =>
        _waterfall.RunStepAsync(Dialog, Index + 1, result, cancellationToken);

    public Task<DialogTurnResult> EndAsync(object? result, CancellationToken cancellationToken) =>
        Dialog.EndDialogAsync(result, cancellationToken);
}
