namespace IepNavigator.Dialogs.Triage;

/// <summary>Where "talk to an advocate" was asked from; it shapes a sentence or two, never what is asked.</summary>
public enum TriageOrigin
{
    /// <summary>Somewhere in the conversation (a typed request, any phrasing).</summary>
    Conversation,

    /// <summary>The parent's first message: nothing is known about the case yet.</summary>
    Opening,

    /// <summary>The "Talk to an advocate" button on advice.</summary>
    AdviceButton,
}

/// <summary>
/// The one way into the advocate hand-off, for any code that understood "talk to an advocate" (the phrases in
/// triage-chat.json, the advice button, or an intent router): <c>await TriageEntry.BeginAsync(dc, TriageOrigin.X, ct)</c>.
/// It begins <see cref="TriageDialog"/> on top of whatever runs (which asks its question again afterwards), or, when a
/// hand-off is already being gathered, asks its current question again rather than starting a second one. The dialog
/// itself shows the parent's earlier request for this child instead of starting a new one.
/// </summary>
public static class TriageEntry
{
    public static async Task<DialogTurnResult> BeginAsync(DialogContext dc, TriageOrigin from, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (IsGathering(dc))
        {
            await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
            return DialogTurnResult.Waiting;
        }
        return await dc.BeginDialogAsync(TriageFlowIds.Triage, new TriageDraft { Origin = from }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>True when the hand-off is already on the stack (its questions are being answered).</summary>
    public static bool IsGathering(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Stack.Frames.Any(f => f.Id == TriageFlowIds.Triage);
    }
}
