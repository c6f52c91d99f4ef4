using IepNavigator.Dialogs.Runtime;
using IepNavigator.Dialogs.Runtime.Prompts;
using IepNavigator.Goals.Checking;
using IepNavigator.Goals.Progress;

namespace IepNavigator.Dialogs.Goals;

/// <summary>
/// "Check my IEP goals": the parent pastes a goal, several, or a whole goals section; each goal is checked and
/// explained, the goals are kept with the case, <c>goalsMeasurable</c> is set, and the parent may go on to track
/// progress. When it ends, the dialog below (usually the advice) takes over with the new facts.
/// </summary>
public sealed class GoalCheckDialog : WaterfallDialog
{
    private const string TrackValue = "track";
    private const string StepsValue = "steps";
    private readonly GoalChecker _checker;
    private readonly GoalStore _goals;
    private readonly GoalCheckReplies _replies;
    private readonly ProgressBridge _bridge;
    private readonly GoalChatContent _content;

    public GoalCheckDialog(GoalChecker checker, GoalStore goals, GoalCheckReplies replies, ProgressBridge bridge, GoalChatContent content)
        : base(GoalFlowIds.Check, [])
    {
        _checker = checker;
        _goals = goals;
        _replies = replies;
        _bridge = bridge;
        _content = content;
        Steps = [AskAsync, CheckAsync, NextAsync];
    }

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetOptions<GoalCheckOptions>()?.Text is { Length: > 0 } pasted)
        {
            return await step.NextAsync(PromptAnswer<string>.Known(pasted), cancellationToken).ConfigureAwait(false);
        }
        return await step.PromptAsync(DialogIds.TextPrompt, new PromptOptions { Text = _content["check.askPaste"] }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> CheckAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not PromptAnswer<string> { Value: { } text })
        {
            return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
        }
        var context = step.Dialog.Context;
        var result = _checker.Check(text);
        if (result.Goals.Count == 0)
        {
            await context.SendActivityAsync(result.Message ?? _content["check.askPaste"], cancellationToken: cancellationToken).ConfigureAwait(false);
            return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
        }
        // The runner cuts very long messages before any dialog sees them; say so rather than check half a section silently.
        var cut = text.Length >= DialogRunner.MaxTextLength;
        foreach (var message in _replies.Build(result, cut))
        {
            var reply = MessageFactory.Text(message);
            reply.TextFormat = TextFormatTypes.Markdown;
            await context.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
        }

        var (record, goals) = await _goals.GetActiveAsync(context, cancellationToken).ConfigureAwait(false);
        // A new paste replaces the goals (a new IEP, or the same goals pasted again); logged points of a goal with the same text are kept.
        var previous = goals.Goals;
        goals.Goals = [.. result.Goals.Select(g => Track(g, previous))];
        _bridge.Apply(record, goals);

        var choices = new List<ChoiceOption>
        {
            new() { Value = TrackValue, Title = _content["button.track"], Synonyms = ["track", "yes", "track progress", "progress"] },
            new() { Value = StepsValue, Title = _content["button.steps"], Synonyms = ["no", "not now", "next steps", "steps"] },
        };
        return await step.PromptAsync(DialogIds.ChoicePrompt, new PromptOptions { Text = _content["check.next"], Choices = choices }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> NextAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is PromptAnswer<IReadOnlyList<string>> { Value: [TrackValue] })
        {
            return await step.Dialog.ReplaceDialogAsync(GoalFlowIds.Progress, new ProgressLogOptions(), cancellationToken).ConfigureAwait(false);
        }
        return await GoalEnding.EndAsync(step.Dialog, cancellationToken).ConfigureAwait(false);
    }

    private static TrackedGoal Track(CheckedGoal goal, List<TrackedGoal> previous)
    {
        var text = goal.Text.Length <= TrackedGoal.MaxTextLength ? goal.Text : goal.Text[..TrackedGoal.MaxTextLength];
        var same = previous.FirstOrDefault(p => p.Text == text);
        if (same is not null)
        {
            same.Number = goal.Number;
            same.Measurable = goal.Measurable;
            return same;
        }
        var draft = GoalProgressDraft.From(goal);
        return new TrackedGoal
        {
            Number = goal.Number,
            Text = text,
            Measurable = goal.Measurable,
            Unit = draft.Unit,
            BaselineValue = draft.BaselineValue,
            TargetValue = draft.TargetValue,
            EndDate = draft.EndDate,
            Direction = draft.Direction,
        };
    }
}
