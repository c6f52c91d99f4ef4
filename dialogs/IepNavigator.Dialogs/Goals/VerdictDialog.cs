using IepNavigator.Dialogs.Flows;
using IepNavigator.Knowledge.Steps;

namespace IepNavigator.Dialogs.Goals;

/// <summary>
/// Where each tracked goal stands (on track / behind / no data / too few points), with its chart, then the bridge
/// into the advice: the facts are laid over the case and "Draft the letter" hands the progress-data or IEP-meeting
/// request to the letters flow, with the numbers held by the case (<see cref="CaseRecord.ProgressSummary"/>). With an
/// IEP meeting already set soon the advice prepares for that meeting instead of asking for another one, so the letter
/// is the parent concerns statement for it.
/// </summary>
public sealed class VerdictDialog(GoalStore goalStore, ProgressBridge bridge, ChartMessages charts, CaseAdvisor advisor, GoalChatContent content) : WaterfallDialog(GoalFlowIds.Verdict)
{
    /// <summary>Charts in one answer; a parent tracking more goals sees the rest in words.</summary>
    public const int MaxCharts = 4;
    private const string LetterValue = "letter";
    private const string AddValue = "add";
    private const string StepsValue = "steps";
    // The knowledge contract's step ids whose letters carry the tracker's numbers.
    private static readonly string[] LetterSteps = [StepIds.RequestProgressData, StepIds.RequestIepMeeting];
    // A meeting set within policy setMeetingCoversRequestDays takes the meeting request out of the advice: what the
    // tracker found goes to that meeting, in writing (it fell to "later" before).
    private const string MeetingSetStep = StepIds.WriteParentConcerns;

    protected override IReadOnlyList<WaterfallStep> DefineSteps() => [ShowAsync, ActAsync, AfterLetterAsync];

    private async Task<DialogTurnResult> ShowAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var context = step.Dialog.Context;
        var (record, goals) = await goalStore.GetActiveAsync(context, cancellationToken).ConfigureAwait(false);
        var judged = bridge.Judge(goals);
        for (var i = 0; i < judged.Count; i++)
        {
            var (goal, progress, verdict) = judged[i];
            var reply = i < MaxCharts
                ? charts.Build(goal, progress, verdict)
                : MessageFactory.Text(ChartMessages.Heading(content, goal, verdict) + "\n\n" + verdict.Reason);
            await context.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
        }
        bridge.Apply(record, goals);

        var choices = new List<ChoiceOption>();
        if (LetterStep(record) is not null)
        {
            choices.Add(new ChoiceOption { Value = LetterValue, Title = content["button.letter"], Synonyms = ["letter", "draft a letter", "write the letter"] });
        }
        choices.Add(new ChoiceOption { Value = AddValue, Title = content["button.addPoint"], Synonyms = ["add", "another", "more data"] });
        choices.Add(new ChoiceOption { Value = StepsValue, Title = content["button.steps"], Synonyms = ["steps", "next steps", "no", "done"] });
        return await step.PromptAsync(DialogIds.ChoicePrompt, new PromptOptions { Text = content["progress.next"], Choices = choices }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ActAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var picked = step.Result is PromptAnswer<IReadOnlyList<string>> { Value: [var value] } ? value : StepsValue;
        if (picked == AddValue)
        {
            return await step.Dialog.ReplaceDialogAsync(GoalFlowIds.Progress, new ProgressLogOptions(), cancellationToken).ConfigureAwait(false);
        }
        if (picked == LetterValue)
        {
            var (record, _) = await goalStore.GetActiveAsync(step.Dialog.Context, cancellationToken).ConfigureAwait(false);
            var letterStep = LetterStep(record);
            if (letterStep is not null && step.Dialog.Dialogs.Find(FlowIds.Letter) is not null)
            {
                var options = new LetterOptions { LetterId = letterStep.Value.LetterId, StepId = letterStep.Value.StepId };
                return await step.BeginDialogAsync(FlowIds.Letter, options, cancellationToken).ConfigureAwait(false);
            }
            // No letters flow in this host: the advice below offers "Draft the letter" for the step.
            await step.Dialog.Context.SendActivityAsync(content["progress.letterLater"], cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        return await GoalEnding.EndAsync(step.Dialog, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The letters flow ends with its <see cref="LetterOptions"/>: passed on, so the advice below waits instead of repeating itself.</summary>
    private Task<DialogTurnResult> AfterLetterAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Dialog.EndDialogAsync(step.Result, cancellationToken);

    /// <summary>
    /// The first progress-data or IEP-meeting step the advice now gives for the case, with its letter; else the parent
    /// concerns statement for a meeting already set.
    /// </summary>
    private (string LetterId, string StepId)? LetterStep(CaseRecord record)
    {
        var steps = advisor.Advise(record).Steps.Where(s => s.Letter is not null).ToList();
        var step = steps.FirstOrDefault(s => LetterSteps.Contains(s.Id)) ?? steps.FirstOrDefault(s => s.Id == MeetingSetStep);
        return step is null ? null : (step.Letter!, step.Id);
    }
}
