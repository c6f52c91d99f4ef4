using IepNavigator.Goals.Checking;
using IepNavigator.Goals.Progress;

namespace IepNavigator.Dialogs.Goals;

/// <summary>
/// "Check my IEP goals": the parent pastes a goal, several, or a whole goals section; each goal is checked and
/// explained, then kept in the child's list of goals (when goals are already kept, the parent says whether these are
/// more goals from the IEP, their own rewrite, or a new IEP), <c>goalsMeasurable</c> is derived from every school goal
/// kept, and the parent may go on to track progress. When it ends, the dialog below (usually the advice) takes over with the new facts.
/// </summary>
public sealed class GoalCheckDialog(GoalChecker checker, GoalStore goalStore, GoalCheckReplies replies, ProgressBridge bridge, GoalChatContent content) : WaterfallDialog(GoalFlowIds.Check)
{
    private const string TrackValue = "track";
    private const string StepsValue = "steps";
    private const string AddValue = "add";
    private const string RewriteValue = "rewrite";
    private const string ReplaceValue = "replace";
    private const string PasteKey = "paste";

    protected override IReadOnlyList<WaterfallStep> DefineSteps() => [AskAsync, CheckAsync, KeepAsync, NextAsync];

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetOptions<GoalCheckOptions>()?.Text is { Length: > 0 } pasted)
        {
            return await step.NextAsync(PromptAnswer<string>.Known(pasted), cancellationToken).ConfigureAwait(false);
        }
        return await step.PromptAsync(DialogIds.TextPrompt, new PromptOptions { Text = content["check.askPaste"] }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> CheckAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not PromptAnswer<string> { Value: { } text })
        {
            return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
        }
        var context = step.Dialog.Context;
        var result = checker.Check(text);
        if (result.Goals.Count == 0)
        {
            await context.SendActivityAsync(result.Message ?? content["check.askPaste"], cancellationToken: cancellationToken).ConfigureAwait(false);
            return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
        }
        // The runner cuts very long messages before any dialog sees them; say so rather than check half a section silently.
        var cut = text.Length >= DialogRunner.MaxTextLength;
        foreach (var message in replies.Build(result, cut))
        {
            var reply = MessageFactory.Text(message);
            reply.TextFormat = TextFormatTypes.Markdown;
            await context.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
        }

        // The paste is checked again when it is kept (the checker is deterministic); only the text waits in the step.
        step.Values[PasteKey] = text;
        var (_, goals) = await goalStore.GetActiveAsync(context, cancellationToken).ConfigureAwait(false);
        var texts = goals.Goals.Select(g => g.Text).ToHashSet(StringComparer.Ordinal);
        if (goals.Goals.Count == 0 || result.Goals.All(g => texts.Contains(Kept(g.Text))))
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }
        // Goals are already kept for this child: a rewrite must not pass for the school's goal, nor a new IEP mix with the old one.
        var choices = new List<ChoiceOption>
        {
            new() { Value = AddValue, Title = content["button.keepAdd"], Synonyms = ["add", "add them", "more goals", "more", "same iep", "from the iep"] },
            new() { Value = RewriteValue, Title = content["button.keepRewrite"], Synonyms = ["rewrite", "my rewrite", "mine", "my version", "i rewrote it"] },
            new() { Value = ReplaceValue, Title = content["button.keepReplace"], Synonyms = ["replace", "new iep", "a new iep", "new goals"] },
        };
        return await step.PromptAsync(DialogIds.ChoicePrompt, new PromptOptions { Text = content.Format("check.keepWhich", goals.Goals.Count), Choices = choices }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> KeepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var how = step.Result is PromptAnswer<IReadOnlyList<string>> { Value: [var picked] } ? picked : AddValue;
        var context = step.Dialog.Context;
        var result = checker.Check(step.Values.GetString(PasteKey) ?? "");
        var (record, goals) = await goalStore.GetActiveAsync(context, cancellationToken).ConfigureAwait(false);
        if (how == ReplaceValue)
        {
            // A new IEP: its goals replace the old ones; logged points of a goal with the same text are kept.
            var previous = goals.Goals;
            goals.Goals = [];
            foreach (var goal in result.Goals)
            {
                goals.Goals.Add(Keep(goal, previous, goals.NextNumber, fromSchool: true));
            }
        }
        else
        {
            foreach (var goal in result.Goals)
            {
                var kept = Keep(goal, goals.Goals, goals.NextNumber, fromSchool: how != RewriteValue);
                if (!goals.Goals.Contains(kept))
                {
                    goals.Goals.Add(kept);
                }
            }
        }
        bridge.Apply(record, goals);
        if (goals.Goals.Count > 1)
        {
            await context.SendActivityAsync(KeptList(goals), cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        var choices = new List<ChoiceOption>
        {
            new() { Value = TrackValue, Title = content["button.track"], Synonyms = ["track", "yes", "track progress", "progress"] },
            new() { Value = StepsValue, Title = content["button.steps"], Synonyms = ["no", "not now", "next steps", "steps"] },
        };
        return await step.PromptAsync(DialogIds.ChoicePrompt, new PromptOptions { Text = content["check.next"], Choices = choices }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"Goals kept for your child: Goal 1 (...): not measurable; Goal 4 (...), your rewrite: measurable."</summary>
    private string KeptList(CaseGoals goals)
    {
        var lines = goals.Goals.Select(g => "- " + content.Format(g.FromSchool ? "check.keptGoal" : "check.keptRewrite", g.Number, g.Name(),
            content[!g.Judged ? "check.verdict.notJudged" : g.Measurable ? "check.verdict.measurable" : "check.verdict.notMeasurable"]));
        var school = goals.JudgedSchoolGoals.ToList();
        var closing = school.Count == 0
            ? ""
            : "\n\n" + (goals.SchoolGoalsMeasurable == true
                ? content["check.keptAllMeasurable"]
                : content.Format("check.keptSomeNot", school.Count(g => !g.Measurable), school.Count));
        return content["check.kept"] + "\n\n" + string.Join("\n", lines) + closing;
    }

    private async Task<DialogTurnResult> NextAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is PromptAnswer<IReadOnlyList<string>> { Value: [TrackValue] })
        {
            return await step.Dialog.ReplaceDialogAsync(GoalFlowIds.Progress, new ProgressLogOptions(), cancellationToken).ConfigureAwait(false);
        }
        return await GoalEnding.EndAsync(step.Dialog, cancellationToken).ConfigureAwait(false);
    }

    private static string Kept(string text) => text.Length <= TrackedGoal.MaxTextLength ? text : text[..TrackedGoal.MaxTextLength];

    /// <summary>The kept goal for a checked one: the same text already kept (its points stay), else a new goal numbered <paramref name="number"/>.</summary>
    private static TrackedGoal Keep(CheckedGoal goal, List<TrackedGoal> previous, int number, bool fromSchool)
    {
        var text = Kept(goal.Text);
        var same = previous.FirstOrDefault(p => p.Text == text);
        if (same is not null)
        {
            same.Measurable = goal.Measurable;
            same.Judged = goal.Judged;
            same.Title = goal.Title;
            return same;
        }
        var draft = GoalProgressDraft.From(goal);
        return new TrackedGoal
        {
            Number = number,
            Text = text,
            Title = goal.Title,
            FromSchool = fromSchool,
            Measurable = goal.Measurable,
            Judged = goal.Judged,
            Unit = draft.Unit,
            BaselineValue = draft.BaselineValue,
            TargetValue = draft.TargetValue,
            EndDate = draft.EndDate,
            Direction = draft.Direction,
        };
    }
}
