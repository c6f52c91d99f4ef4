namespace IepNavigator.Dialogs.Triage;

/// <summary>
/// Ends a hand-off dialog begun on top of wherever the parent was, without resuming the parent (the advice
/// dialog would show the whole advice again): the parent only re-asks its question ("Anything else?", or the
/// fact question the parent was answering), so the conversation carries on where it was.
/// </summary>
internal static class QuietEnd
{
    public static async Task<DialogTurnResult> FinishAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Stack.Frames.Count > 0)
        {
            dc.Stack.Frames.RemoveAt(dc.Stack.Frames.Count - 1);
        }
        if (dc.ActiveFrame is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }
        await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }
}
