using System.Globalization;
using IepNavigator.Dialogs.Goals;

namespace IepNavigator.Dialogs.IepUploads;

/// <summary>What the upload hands the dialog: the questions left to ask, and the goals to offer the tracker.</summary>
public sealed class IepConfirmOptions
{
    /// <summary>Said before the first question ("I was not sure about these...").</summary>
    public string? Intro { get; set; }
    public List<IepConfirmItem> Items { get; set; } = [];
    public List<string> Goals { get; set; } = [];
    /// <summary>The question being asked; past the last item, the goal offer.</summary>
    public int Index { get; set; }
}

/// <summary>
/// After an IEP was read: asks each thing the reading was unsure of, one at a time (yes / no / "I don't know", the
/// child's age as a number); a "yes" lays the fact over the case, a "no" leaves it out, "I don't know" keeps it open.
/// Then offers the IEP's goals to the goal tracker (<see cref="GoalFlowIds.Check"/> with their text). Ends into the
/// dialog it interrupted, which picks up where it was.
/// </summary>
public sealed class IepConfirmDialog(CaseStore cases, CaseAdvisor advisor, IepUploadChatContent content) : WaterfallDialog(DialogId)
{
    public const string DialogId = "iepUpload.confirm";

    protected override IReadOnlyList<WaterfallStep> DefineSteps() => [AskAsync, AnswerAsync];

    private Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<IepConfirmOptions>() ?? new IepConfirmOptions();
        if (options.Index < options.Items.Count)
        {
            var item = options.Items[options.Index];
            var intro = options.Index == 0 && options.Intro is { } said ? said + "\n\n" : "";
            if (item.Kind == ConfirmKind.Age)
            {
                return step.PromptAsync(DialogIds.NumberPrompt, new PromptOptions { Text = intro + content.Format("confirm.ageQuestion", item.Text), AllowUnknown = true, Tag = item.Fact }, cancellationToken);
            }
            // The explainer's sentence may already be a question ("Do you get these reports?").
            var text = item.Text.TrimEnd().EndsWith('?') ? item.Text : content.Format("confirm.question", item.Text);
            return step.PromptAsync(DialogIds.ConfirmPrompt, new PromptOptions { Text = intro + text, AllowUnknown = true, Tag = item.Fact }, cancellationToken);
        }
        if (options.Goals.Count > 0)
        {
            return step.PromptAsync(DialogIds.ConfirmPrompt, new PromptOptions
            {
                Text = content.Format("goals.offer", options.Goals.Count.ToString(CultureInfo.InvariantCulture)),
                Choices =
                [
                    new ChoiceOption { Value = "yes", Title = content["button.trackGoals"] },
                    new ChoiceOption { Value = "no", Title = content["button.notNow"] },
                ],
            }, cancellationToken);
        }
        return step.EndAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> AnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<IepConfirmOptions>() ?? new IepConfirmOptions();
        var context = step.Dialog.Context;
        if (options.Index < options.Items.Count)
        {
            await RecordAsync(context, options.Items[options.Index], step.Result, cancellationToken).ConfigureAwait(false);
            options.Index++;
            return await step.Dialog.ReplaceDialogAsync(Id, options, cancellationToken).ConfigureAwait(false);
        }
        if (step.Result is PromptAnswer<bool> { Value: true })
        {
            // The tracker checks them, keeps them as the school's goals and offers to track progress.
            return await step.Dialog.ReplaceDialogAsync(GoalFlowIds.Check, new GoalCheckOptions { Text = string.Join("\n\n", options.Goals) }, cancellationToken).ConfigureAwait(false);
        }
        await context.SendActivityAsync(content["goals.later"], cancellationToken: cancellationToken).ConfigureAwait(false);
        return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private async Task RecordAsync(ITurnContext context, IepConfirmItem item, object? answer, CancellationToken cancellationToken)
    {
        var unknown = answer is IPromptAnswerState { IsUnknown: true };
        if (unknown)
        {
            await context.SendActivityAsync(content["confirm.unknown"], cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        if (item.Fact is not { } fact)
        {
            if (answer is PromptAnswer<bool> { Value: false, IsUnknown: false })
            {
                await context.SendActivityAsync(content["confirm.no"], cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            return;
        }
        var record = await cases.GetActiveAsync(context, cancellationToken).ConfigureAwait(false);
        FactChanges changes;
        if (unknown)
        {
            changes = record.MarkUnanswered(fact, FactAnswer.Unknown);
        }
        else if (item.Kind == ConfirmKind.ReportsReceived && answer is PromptAnswer<bool> { Value: var received })
        {
            changes = record.Set(fact, received);
        }
        else if (item.Kind == ConfirmKind.Age && answer is PromptAnswer<int> { Value: >= 0 and <= 22 and var age })
        {
            changes = record.Set(fact, age);
        }
        else if (answer is PromptAnswer<bool> { Value: true } && item.Value is { } iso
            && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            changes = record.Set(fact, date);
        }
        else
        {
            await context.SendActivityAsync(content["confirm.no"], cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }
        if (changes.Count > 0)
        {
            record.UpdatedAt = advisor.Now;
        }
    }
}
