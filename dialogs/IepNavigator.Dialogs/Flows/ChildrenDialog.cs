namespace IepNavigator.Dialogs.Flows;

/// <summary>"Switch child": pick another child's case, or start one for a new child.</summary>
public sealed class ChildrenDialog(CaseStore cases, MessageCatalog messages) : WaterfallDialog(FlowIds.Children)
{
    private const string NewValue = "new";

    protected override IReadOnlyList<WaterfallStep> DefineSteps() => [ChooseAsync, NameAsync, StartAsync];

    private async Task<DialogTurnResult> ChooseAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var book = await cases.GetBookAsync(step.Dialog.Context, cancellationToken).ConfigureAwait(false);
        var choices = book.Cases.Where(c => c.HasFacts || c.Label is not null)
            .Select((c, i) => new ChoiceOption { Value = c.Id, Title = c.Label ?? messages["children.first"] })
            .ToList();
        choices.Add(new ChoiceOption { Value = NewValue, Title = messages["children.add"], Synonyms = ["add", "new", "another", "new child", "add a child"] });
        if (choices.Count == 1 || step.GetOptions<ChildrenOptions>()?.Add == true)
        {
            return await step.NextAsync(new PromptAnswer<IReadOnlyList<string>>(false, [NewValue]), cancellationToken).ConfigureAwait(false);
        }
        return await step.PromptAsync(DialogIds.ChoicePrompt, new PromptOptions { Text = messages["children.which"], Choices = choices }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> NameAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var chosen = step.Result is PromptAnswer<IReadOnlyList<string>> { Value: [var value, ..] } ? value : NewValue;
        if (chosen == NewValue)
        {
            return await step.PromptAsync(DialogIds.TextPrompt, new PromptOptions { Text = messages["children.name"] }, cancellationToken).ConfigureAwait(false);
        }
        var book = await cases.GetBookAsync(step.Dialog.Context, cancellationToken).ConfigureAwait(false);
        book.ActiveCaseId = chosen;
        var record = book.Active();
        await step.Dialog.Context.SendActivityAsync(messages.Format("children.switched", record.Label ?? messages["children.first"]), cancellationToken: cancellationToken).ConfigureAwait(false);
        step.Dialog.CancelAllDialogs();
        return await step.Dialog.BeginDialogAsync(FlowIds.Main, new MainOptions { ContinueActiveCase = record.Stage is not null }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> StartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // A name is shown back in Markdown: keep letters, digits, spaces, hyphens and apostrophes only.
        var name = step.Result is PromptAnswer<string> { Value: { } text }
            ? new string([.. text.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '\'')]).Trim()
            : "";
        var label = name.Length is > 0 and <= 40 ? name : messages["children.unnamed"];
        var book = await cases.GetBookAsync(step.Dialog.Context, cancellationToken).ConfigureAwait(false);
        book.Add(label, messages["children.firstUnnamed"], messages["children.anotherUnnamed"]);
        await step.Dialog.Context.SendActivityAsync(messages.Format("children.added", label), cancellationToken: cancellationToken).ConfigureAwait(false);
        step.Dialog.CancelAllDialogs();
        return await step.Dialog.BeginDialogAsync(FlowIds.Main, null, cancellationToken).ConfigureAwait(false);
    }
}
