using IepNavigator.Understanding.Reading;

namespace IepNavigator.Dialogs.Flows.Interruptions;

/// <summary>
/// Commands that open a small dialog on top of wherever the parent is: a whole-message phrase, or any wording the
/// message reader is sure means <paramref name="intent"/> ("can you delete my data", "borra todo lo mío").
/// </summary>
public abstract class DialogOnTopInterruption(InterruptionPhrases phrases, string phraseKind, string dialogId, InterruptionOrder order, object? options = null, Intent? intent = null) : IInterruption
{
    public InterruptionOrder Order => order;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!phrases.Matches(phraseKind, text) && !(intent is { } meant && TurnMeaning.Commands(dc, meant, dc.Awaiting)))
        {
            return InterruptionOutcome.NotHandled;
        }
        await dc.BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Handled;
    }
}

/// <summary>"what do you know about my case?": the review screen.</summary>
public sealed class ReviewInterruption(InterruptionPhrases phrases) : DialogOnTopInterruption(phrases, "review", FlowIds.Review, InterruptionOrder.Review, intent: Intent.WhatDoYouKnow);

/// <summary>"delete my data", after a confirmation.</summary>
public sealed class DeleteDataInterruption(InterruptionPhrases phrases) : DialogOnTopInterruption(phrases, "deleteData", FlowIds.DeleteData, InterruptionOrder.DeleteData, intent: Intent.DeleteData);

/// <summary>"switch child": choose among the parent's children.</summary>
public sealed class SwitchChildInterruption(InterruptionPhrases phrases) : DialogOnTopInterruption(phrases, "switchChild", FlowIds.Children, InterruptionOrder.SwitchChild);

/// <summary>"add a child": straight to naming the new child.</summary>
public sealed class AddChildInterruption(InterruptionPhrases phrases)
    : DialogOnTopInterruption(phrases, "addChild", FlowIds.Children, InterruptionOrder.AddChild, new ChildrenOptions { Add = true });
