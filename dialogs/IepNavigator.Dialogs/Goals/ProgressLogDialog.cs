using IepNavigator.Dialogs.Understanding;
using IepNavigator.Goals.Progress;

namespace IepNavigator.Dialogs.Goals;

/// <summary>
/// Logs data points for one goal: picks the goal, asks once for any number the goal text did not give (unit,
/// baseline, target, end date, baseline date), then a point (natural date, value, source) and "another?". What an
/// answer says beyond its question is kept (<see cref="GoalAnswerReader"/>): no question is asked twice.
/// Then the verdict dialog shows where the goal stands.
/// </summary>
public sealed class ProgressLogDialog(GoalStore goalStore, GoalChatContent content, TimeProvider clock) : WaterfallDialog(GoalFlowIds.Progress)
{
    private const string GoalKey = "goal";
    /// <summary>Set once a number of the goal itself was asked in this pass.</summary>
    private const string AskedKey = "asked";
    private readonly TimeProvider _clock = clock ?? throw new ArgumentNullException(nameof(clock));

    protected override IReadOnlyList<WaterfallStep> DefineSteps() =>
        [ChooseAsync, UnitAsync, BaselineAsync, TargetAsync, EndDateAsync, BaselineDateAsync, PointDateAsync, PointValueAsync, SourceAsync, SaveAsync, AgainAsync];

    private DateOnly Today() => DateOnly.FromDateTime(_clock.GetLocalNow().DateTime);

    private async Task<DialogTurnResult> ChooseAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<ProgressLogOptions>() ?? new ProgressLogOptions();
        var (_, goals) = await goalStore.GetActiveAsync(step.Dialog.Context, cancellationToken).ConfigureAwait(false);
        if (goals.Goals.Count == 0)
        {
            await step.Dialog.Context.SendActivityAsync(content["progress.noGoals"], cancellationToken: cancellationToken).ConfigureAwait(false);
            return await step.Dialog.ReplaceDialogAsync(GoalFlowIds.Check, new GoalCheckOptions(), cancellationToken).ConfigureAwait(false);
        }
        if (options.ShowVerdictFirst && goals.Goals.Any(g => g.Points.Count > 0 && g.ToProgress() is not null))
        {
            return await step.Dialog.ReplaceDialogAsync(GoalFlowIds.Verdict, null, cancellationToken).ConfigureAwait(false);
        }
        var chosen = goals.Find(options.GoalNumber) ?? (goals.Goals.Count == 1 ? goals.Goals[0] : null);
        if (chosen is not null)
        {
            step.Values[GoalKey] = chosen.Number;
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }
        var choices = goals.Goals.Select(g => new ChoiceOption
        {
            Value = g.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Title = content.Format("progress.goalChoice", g.Number, g.Name(45)),
            Synonyms = ["goal " + g.Number],
        }).ToList();
        return await step.PromptAsync(DialogIds.ChoicePrompt, new PromptOptions { Text = content["progress.whichGoal"], Choices = choices }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> UnitAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is PromptAnswer<IReadOnlyList<string>> { Value: [var picked] })
        {
            step.Values[GoalKey] = int.Parse(picked, System.Globalization.CultureInfo.InvariantCulture);
        }
        var goal = await GoalAsync(step, cancellationToken).ConfigureAwait(false);
        return goal.Unit is null
            ? await Asking(step).PromptAsync(DialogIds.TextPrompt, new PromptOptions { Text = content["progress.askUnit"] }, cancellationToken).ConfigureAwait(false)
            : await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> BaselineAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var goal = await GoalAsync(step, cancellationToken).ConfigureAwait(false);
        if (step.Result is PromptAnswer<string> { Value: { } unit })
        {
            goal.Unit = unit.Length <= 40 ? unit : unit[..40];
        }
        return goal.BaselineValue is null
            ? await AskValueAsync(Asking(step), content.Format("progress.askBaseline", goal.Unit), cancellationToken).ConfigureAwait(false)
            : await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> TargetAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var goal = await GoalAsync(step, cancellationToken).ConfigureAwait(false);
        if (step.Result is PromptAnswer<double> { IsUnknown: false } baseline)
        {
            goal.BaselineValue = baseline.Value;
            // "30 in september 2026": when it was measured is answered too.
            goal.BaselineDate ??= GoalAnswerReader.DateBesideValue(AnswerText(step), Today(), DateDirection.Past);
        }
        return goal.TargetValue is null
            ? await AskValueAsync(Asking(step), content.Format("progress.askTarget", goal.Unit), cancellationToken).ConfigureAwait(false)
            : await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> EndDateAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var goal = await GoalAsync(step, cancellationToken).ConfigureAwait(false);
        if (step.Result is PromptAnswer<double> { IsUnknown: false } target)
        {
            goal.TargetValue = target.Value;
            goal.Direction = target.Value < goal.BaselineValue ? ProgressDirection.LowerIsBetter : ProgressDirection.HigherIsBetter;
            // "90 by june 2027": the end date is answered too (to the month's end).
            goal.EndDate ??= GoalAnswerReader.DateBesideValue(AnswerText(step), Today(), DateDirection.Future) is { } end
                ? GoalAnswerReader.EndOfNamedMonth(AnswerText(step), end)
                : null;
        }
        return goal.EndDate is null
            ? await AskDateAsync(Asking(step), "progress.askEndDate", DateDirection.Future, cancellationToken).ConfigureAwait(false)
            : await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> BaselineDateAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var goal = await GoalAsync(step, cancellationToken).ConfigureAwait(false);
        if (step.Result is PromptAnswer<DateOnly> { IsUnknown: false, IsNone: false } end)
        {
            // "june 2027" is read as June 1; a goal due in June runs to June 30, or the aim line asks too much too soon.
            goal.EndDate = GoalAnswerReader.EndOfNamedMonth(AnswerText(step), end.Value);
        }
        return goal.BaselineDate is null
            ? await AskDateAsync(Asking(step), "progress.askBaselineDate", DateDirection.Past, cancellationToken).ConfigureAwait(false)
            : await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> PointDateAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var goal = await GoalAsync(step, cancellationToken).ConfigureAwait(false);
        if (step.Result is PromptAnswer<DateOnly> { IsUnknown: false, IsNone: false } start)
        {
            goal.BaselineDate = start.Value;
        }
        // Once the numbers are complete, say the aim line back, however many of them an answer gave at once.
        if (step.Values.ContainsKey(AskedKey) && goal.ToProgress() is not null)
        {
            await step.Dialog.Context.SendActivityAsync(Tracking(goal), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        if (goal.ToProgress() is null)
        {
            // The numbers cannot make an aim line (the target on the wrong side, the end before the start): ask them again.
            await step.Dialog.Context.SendActivityAsync(content["progress.badGoal"], cancellationToken: cancellationToken).ConfigureAwait(false);
            (goal.BaselineValue, goal.TargetValue, goal.EndDate, goal.BaselineDate) = (null, null, null, null);
            return await step.Dialog.ReplaceDialogAsync(Id, new ProgressLogOptions { GoalNumber = goal.Number }, cancellationToken).ConfigureAwait(false);
        }
        return await AskDateAsync(step, "progress.askPointDate", DateDirection.Past, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> PointValueAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not PromptAnswer<DateOnly> { IsUnknown: false, IsNone: false } date)
        {
            return await step.Dialog.ReplaceDialogAsync(GoalFlowIds.Verdict, null, cancellationToken).ConfigureAwait(false);
        }
        step.Values["date"] = Letters.PlainDate.Write(date.Value);
        var goal = await GoalAsync(step, cancellationToken).ConfigureAwait(false);
        // "october he got 32": the number came with the date.
        if (GoalAnswerReader.ValueOutsideDates(AnswerText(step)) is { } value)
        {
            return await step.NextAsync(PromptAnswer<double>.Known(value), cancellationToken).ConfigureAwait(false);
        }
        return await AskValueAsync(step, content.Format("progress.askPointValue", goal.Unit), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> SourceAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is PromptAnswer<double> { IsUnknown: false } value)
        {
            step.Values["value"] = value.Value;
        }
        var choices = Enum.GetValues<DataSource>().Select(s => new ChoiceOption { Value = s.ToString(), Title = content["source." + s] }).ToList();
        choices[0].Synonyms = ["report", "report card", "progress"];
        choices[1].Synonyms = ["sample", "homework", "test", "worksheet"];
        choices[2].Synonyms = ["me", "mine", "observation", "i counted", "at home"];
        return await step.PromptAsync(DialogIds.ChoicePrompt, new PromptOptions { Text = content["progress.askSource"], Choices = choices }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var goal = await GoalAsync(step, cancellationToken).ConfigureAwait(false);
        var source = step.Result is PromptAnswer<IReadOnlyList<string>> { Value: [var picked] } && Enum.TryParse<DataSource>(picked, out var parsed)
            ? parsed
            : DataSource.ParentObservation;
        var date = Letters.PlainDate.Read(step.Values.GetString("date")) ?? throw new InvalidOperationException("The data point's date is gone.");
        var value = step.Values["value"]!.GetValue<double>();
        goal.Points.Add(new LoggedPoint { Date = date, Value = value, Source = source });
        goal.Points.Sort((a, b) => a.Date.CompareTo(b.Date));
        var saved = content.Format("progress.saved", ProgressBridge.Number(value), goal.Unit, DateText.Long(date), content["source." + source].ToLowerInvariant());
        await step.Dialog.Context.SendActivityAsync(saved, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(DialogIds.ConfirmPrompt, new PromptOptions { Text = content["progress.another"] }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AgainAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is PromptAnswer<bool> { Value: true })
        {
            var goal = await GoalAsync(step, cancellationToken).ConfigureAwait(false);
            return await step.Dialog.ReplaceDialogAsync(Id, new ProgressLogOptions { GoalNumber = goal.Number }, cancellationToken).ConfigureAwait(false);
        }
        return await step.Dialog.ReplaceDialogAsync(GoalFlowIds.Verdict, null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TrackedGoal> GoalAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var (_, goals) = await goalStore.GetActiveAsync(step.Dialog.Context, cancellationToken).ConfigureAwait(false);
        return goals.Find(step.Values.GetInt(GoalKey) ?? 0) ?? throw new InvalidOperationException("The goal being tracked is gone.");
    }

    private static WaterfallStepContext Asking(WaterfallStepContext step)
    {
        step.Values[AskedKey] = true;
        return step;
    }

    /// <summary>The parent's words that answered the prompt just completed (this turn's message).</summary>
    private static string AnswerText(WaterfallStepContext step) => step.Dialog.Context.Activity?.Text ?? "";

    private Task<DialogTurnResult> AskValueAsync(WaterfallStepContext step, string text, CancellationToken cancellationToken) =>
        step.PromptAsync(GoalFlowIds.ValuePrompt, new PromptOptions { Text = text }, cancellationToken);

    private Task<DialogTurnResult> AskDateAsync(WaterfallStepContext step, string key, DateDirection direction, CancellationToken cancellationToken) =>
        step.PromptAsync(DialogIds.DatePrompt, new PromptOptions { Text = content[key], Direction = direction }, cancellationToken);

    private string Tracking(TrackedGoal goal) =>
        content.Format("progress.tracking", goal.Number, ProgressBridge.Number(goal.BaselineValue ?? 0), ProgressBridge.Number(goal.TargetValue ?? 0),
            goal.Unit, goal.EndDate is { } end ? DateText.Long(end) : "");

}
