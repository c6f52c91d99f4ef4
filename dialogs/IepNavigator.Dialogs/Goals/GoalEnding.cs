using IepNavigator.Dialogs.Flows;

namespace IepNavigator.Dialogs.Goals;

/// <summary>How a goal dialog finishes: back to the dialog below it, or, when it ran alone, to fresh advice with the new facts.</summary>
internal static class GoalEnding
{
    public static Task<DialogTurnResult> EndAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.Stack.Frames.Count <= 1
            ? dc.ReplaceDialogAsync(FlowIds.Advice, null, cancellationToken)
            : dc.EndDialogAsync(null, cancellationToken);
}
