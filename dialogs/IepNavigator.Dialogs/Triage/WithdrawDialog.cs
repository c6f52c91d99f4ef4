namespace IepNavigator.Dialogs.Triage;

/// <summary>"Withdraw my request": lists the parent's requests, confirms which, and deletes it (or all of them).</summary>
public sealed class WithdrawDialog(IAdvocateHandOff handOff, TriageChatContent content, PacketPreviewText preview) : WaterfallDialog(TriageFlowIds.Withdraw)
{
    private const string AllValue = "all";

    protected override IReadOnlyList<WaterfallStep> DefineSteps() => [AskWhichAsync, WithdrawAsync];

    private async Task<DialogTurnResult> AskWhichAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var context = step.Dialog.Context;
        var sent = await handOff.ListAsync(HandOffRequests.OwnerOf(context), cancellationToken).ConfigureAwait(false);
        if (sent.Count == 0)
        {
            await context.SendActivityAsync(content["withdraw.none"], cancellationToken: cancellationToken).ConfigureAwait(false);
            return await QuietEnd.FinishAsync(step.Dialog, cancellationToken).ConfigureAwait(false);
        }
        if (sent.Count == 1)
        {
            step.Values["only"] = sent[0].Id.ToString("D");
            return await step.PromptAsync(DialogIds.ConfirmPrompt, new PromptOptions
            {
                Text = content.Format("withdraw.confirmOne", SentOn(sent[0])),
            }, cancellationToken).ConfigureAwait(false);
        }
        var choices = sent.Select(r => new ChoiceOption { Value = r.Id.ToString("D"), Title = content.Format("withdraw.item", SentOn(r)) }).ToList();
        choices.Add(new ChoiceOption { Value = AllValue, Title = content["button.withdrawAll"], Synonyms = ["all", "everything", "both"] });
        return await step.PromptAsync(DialogIds.ChoicePrompt, new PromptOptions { Text = content["withdraw.which"], Choices = choices }, cancellationToken).ConfigureAwait(false);
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
            reply = content["withdraw.kept"];
        }
        else if (target == AllValue)
        {
            var count = await handOff.WithdrawAllAsync(owner, cancellationToken).ConfigureAwait(false);
            reply = count == 1 ? content["withdraw.done"] : content.Format("withdraw.doneMany", count);
        }
        else
        {
            var deleted = await handOff.WithdrawAsync(owner, Guid.Parse(target), cancellationToken).ConfigureAwait(false);
            reply = content[deleted ? "withdraw.done" : "withdraw.gone"];
        }
        await context.SendActivityAsync(reply, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await QuietEnd.FinishAsync(step.Dialog, cancellationToken).ConfigureAwait(false);
    }

    private string SentOn(SentRequest request) => preview.SentOn(request);
}
