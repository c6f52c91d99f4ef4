using IepNavigator.Understanding.Reading;

namespace IepNavigator.Dialogs.Triage;

/// <summary>"talk to an advocate", "I want a human", the advice's "Talk to an advocate" button: the hand-off, from anywhere.</summary>
public sealed class AdvocateInterruption(TriageChatContent content, Cases.CaseStore cases) : IInterruption
{
    public InterruptionOrder Order => InterruptionOrder.Advocate;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var inHandOff = TriageEntry.IsGathering(dc);
        // The model's reading only outside the hand-off: inside it, an odd answer ("call me maybe") is the question's to judge.
        // Nor when the message answers the open question: "i dont have email, just call me" at a letter's email question says
        // there is no email (the field stays blank); "call me" there asks for no advocate.
        if (!content.Matches("advocate", text)
            && (inHandOff || AnswersTheOpenQuestion(dc) || !TurnMeaning.Commands(dc, Intent.TalkToAdvocate, dc.Awaiting)))
        {
            return InterruptionOutcome.NotHandled;
        }
        if (inHandOff)
        {
            // Already gathering the hand-off: ask the current question again rather than start a second one.
            return InterruptionOutcome.Resume;
        }
        // Before the case has a stage, this request is the parent's opening: nothing is known yet.
        var record = await cases.GetActiveAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        await TriageEntry.BeginAsync(dc, record.Stage is null ? TriageOrigin.Opening : TriageOrigin.Conversation, cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Handled;
    }

    private static bool AnswersTheOpenQuestion(DialogContext dc) =>
        AwaitedReplies.For(dc, dc.Awaiting) is { Kind: AnswerKind.Value or AnswerKind.Unknown or AnswerKind.None };
}

/// <summary>"withdraw my request", "withdraw my consent": lists the parent's requests and deletes the one they pick.</summary>
public sealed class WithdrawInterruption(TriageChatContent content) : IInterruption
{
    public InterruptionOrder Order => InterruptionOrder.Withdraw;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!content.Matches("withdraw", text))
        {
            return InterruptionOutcome.NotHandled;
        }
        await dc.BeginDialogAsync(TriageFlowIds.Withdraw, null, cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Handled;
    }
}

/// <summary>
/// "English" or "Español" answering the hand-off's "which language should the advocate use?" is that answer, not a
/// request to switch the chat's language (which would end the hand-off): while that question waits, an answer that is
/// one of its choices goes to it. Anything else (a command, another sentence) goes on to the other interruptions.
/// </summary>
public sealed class HandOffLanguageAnswer : IInterruption
{
    public InterruptionOrder Order => InterruptionOrder.HandOffLanguageAnswer;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.ActiveFrame is not { Id: TriageFlowIds.DetailPrompt } frame
            || Runtime.Prompts.Prompt<object>.ReadOptions(frame.State) is not { Tag: HandOffDetailPrompt.LanguageTag } options
            || Runtime.Prompts.ChoiceRecognizer.Recognize(text, options.Choices, allowMultiple: false).Count == 0)
        {
            return InterruptionOutcome.NotHandled;
        }
        await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Handled;
    }
}
