namespace IepNavigator.Dialogs.Flows;

/// <summary>"Delete my data": after a yes, removes every case of this parent from storage and ends the flow.</summary>
public sealed class DeleteDataDialog(CaseStore cases, MessageCatalog messages) : WaterfallDialog(FlowIds.DeleteData)
{
    protected override IReadOnlyList<WaterfallStep> DefineSteps() => [ConfirmAsync, DeleteAsync];

    private Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(DialogIds.ConfirmPrompt, new PromptOptions { Text = messages["delete.confirm"] }, cancellationToken);

    private async Task<DialogTurnResult> DeleteAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not PromptAnswer<bool> { Value: true })
        {
            await step.Dialog.Context.SendActivityAsync(messages["delete.kept"], cancellationToken: cancellationToken).ConfigureAwait(false);
            return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
        }
        await cases.DeleteAllAsync(step.Dialog.Context, cancellationToken).ConfigureAwait(false);
        await step.Dialog.Context.SendActivityAsync(messages["delete.done"], cancellationToken: cancellationToken).ConfigureAwait(false);
        return step.Dialog.CancelAllDialogs();
    }
}
