namespace IepNavigator.Dialogs.Triage;

/// <summary>"Withdraw my request": lists the parent's requests, confirms which, and deletes it (or all of them).</summary>
public sealed class WithdrawDialog : WaterfallDialog
{
    private const string AllValue = "all";
    private readonly IAdvocateHandOff _handOff;
    private readonly TriageChatContent _content;
    private readonly PacketPreviewText _preview;

    public WithdrawDialog(IAdvocateHandOff handOff, TriageChatContent content, PacketPreviewText preview)
        : base(TriageFlowIds.Withdraw, [])
    {
        _handOff = handOff;
        _content = content;
        _preview = preview;
        Steps = [AskWhichAsync, WithdrawAsync];
    }

    private async Task<DialogTurnResult> AskWhichAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var context = step.Dialog.Context;
        var sent = await _handOff.ListAsync(HandOffRequests.OwnerOf(context), cancellationToken).ConfigureAwait(false);
        if (sent.Count == 0)
        {
            await context.SendActivityAsync(_content["withdraw.none"], cancellationToken: cancellationToken).ConfigureAwait(false);
            return await QuietEnd.FinishAsync(step.Dialog, cancellationToken).ConfigureAwait(false);
        }
        if (sent.Count == 1)
        {
            step.Values["only"] = sent[0].Id.ToString("D");
            return await step.PromptAsync(DialogIds.ConfirmPrompt, new PromptOptions
            {
                Text = _content.Format("withdraw.confirmOne", SentOn(sent[0])),
            }, cancellationToken).ConfigureAwait(false);
        }
        var choices = sent.Select(r => new ChoiceOption { Value = r.Id.ToString("D"), Title = _content.Format("withdraw.item", SentOn(r)) }).ToList();
        choices.Add(new ChoiceOption { Value = AllValue, Title = _content["button.withdrawAll"], Synonyms = ["all", "everything", "both"] });
        return await step.PromptAsync(DialogIds.ChoicePrompt, new PromptOptions { Text = _content["withdraw.which"], Choices = choices }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> WithdrawAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var context = step.Dialog.Context;
        var owner = HandOffRequests.OwnerOf(context);
        var target = step.Result switch
        {
            PromptAnswer<bool> { Value: true } => step.Values.GetString("only"),
            PromptAnswer<IReadOnlyList<string>> { Value: [var chosen, ..] } => chosen,
            _ => null,
        };
        string reply;
        if (target is null)
        {
            reply = _content["withdraw.kept"];
        }
        else if (target == AllValue)
        {
            var count = await _handOff.WithdrawAllAsync(owner, cancellationToken).ConfigureAwait(false);
            reply = count == 1 ? _content["withdraw.done"] : _content.Format("withdraw.doneMany", count);
        }
        else
        {
            var deleted = await _handOff.WithdrawAsync(owner, Guid.Parse(target), cancellationToken).ConfigureAwait(false);
            reply = _content[deleted ? "withdraw.done" : "withdraw.gone"];
        }
        await context.SendActivityAsync(reply, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await QuietEnd.FinishAsync(step.Dialog, cancellationToken).ConfigureAwait(false);
    }

    private string SentOn(SentRequest request) => _preview.SentOn(request);
}
