using IepNavigator.Dialogs.Runtime;
using IepNavigator.Dialogs.Runtime.Interruptions;

namespace IepNavigator.Dialogs.Flows.Interruptions;

/// <summary>Whole-message commands that open a small dialog on top of wherever the parent is.</summary>
public abstract class DialogOnTopInterruption(InterruptionPhrases phrases, string phraseKind, string dialogId, int order, object? options = null) : IInterruption
{
    public int Order => order;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!phrases.Matches(phraseKind, text))
        {
            return InterruptionOutcome.NotHandled;
        }
        await dc.BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Handled;
    }
}

/// <summary>"what do you know about my case?": the review screen.</summary>
public sealed class ReviewInterruption(InterruptionPhrases phrases) : DialogOnTopInterruption(phrases, "review", FlowIds.Review, 60);

/// <summary>"delete my data", after a confirmation.</summary>
public sealed class DeleteDataInterruption(InterruptionPhrases phrases) : DialogOnTopInterruption(phrases, "deleteData", FlowIds.DeleteData, 25);

/// <summary>"switch child": choose among the parent's children.</summary>
public sealed class SwitchChildInterruption(InterruptionPhrases phrases) : DialogOnTopInterruption(phrases, "switchChild", FlowIds.Children, 70);

/// <summary>"add a child": straight to naming the new child.</summary>
public sealed class AddChildInterruption(InterruptionPhrases phrases)
    : DialogOnTopInterruption(phrases, "addChild", FlowIds.Children, 71, new ChildrenOptions { Add = true });
