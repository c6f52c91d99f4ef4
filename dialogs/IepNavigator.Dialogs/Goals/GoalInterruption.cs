namespace IepNavigator.Dialogs.Goals;

/// <summary>
/// "check my goals", "is the IEP working" open the goal check; "add a data point", "how is she doing on her goals"
/// open the progress log, on top of wherever the parent is (the advice re-advises with the new facts afterwards).
/// </summary>
public sealed class GoalInterruption(GoalChatContent content) : IInterruption
{
    public InterruptionOrder Order => InterruptionOrder.Goal;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (content.Matches("check", text) || text == TextNormalizer.Normalize(content["button.checkGoals"]))
        {
            await dc.BeginDialogAsync(GoalFlowIds.Check, new GoalCheckOptions(), cancellationToken).ConfigureAwait(false);
            return InterruptionOutcome.Handled;
        }
        var howDoing = content.Matches("howDoing", text);
        if (howDoing || content.Matches("addPoint", text))
        {
            await dc.BeginDialogAsync(GoalFlowIds.Progress, new ProgressLogOptions { ShowVerdictFirst = howDoing }, cancellationToken).ConfigureAwait(false);
            return InterruptionOutcome.Handled;
        }
        return InterruptionOutcome.NotHandled;
    }
}
