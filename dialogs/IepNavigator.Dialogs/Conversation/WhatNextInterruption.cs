using IepNavigator.Dialogs.Flows;
using AnswerKind = IepNavigator.Understanding.Reading.AnswerKind;

namespace IepNavigator.Dialogs.Conversation;

/// <summary>
/// "what's next?", "¿y ahora qué?" while the questions before the first advice are open: the parent hears what is
/// still needed before the plan (how many questions, which, and why the one on screen), then that question is asked
/// again. After the advice the advice itself answers it (AdviceDialog, the corpus guide's C6), so this only acts on a
/// question of the fact questions flow, and hands a letter field's "what's next?" to the letter (LetterDialog).
/// </summary>
public sealed class WhatNextInterruption(
    InterruptionPhrases phrases, FactQuestionCatalog questions, FactQuestionsDialog factQuestions, CaseStore cases, MessageCatalog messages)
    : IInterruption
{
    /// <summary>"what's next, i'm confused": a few words may follow; an answer that goes on ("y ahora que lo pienso, sí") is an answer.</summary>
    private const int TailWords = 3;

    public InterruptionOrder Order => InterruptionOrder.WhatNext;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(text);
        if (!phrases.Leads("whatNext", text, TailWords) || TurnMeaning.Of(dc) is { Suspicious: true })
        {
            return InterruptionOutcome.NotHandled;
        }
        if (dc.ActiveFrame?.Id == FlowIds.Letter)
        {
            // At a letter field the letter answers it (the fields left, then the letter; LetterDialog): "ok, y ahora
            // que sigue?" was taken by the Why command after it and explained the advice's first step instead.
            await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
            return InterruptionOutcome.Handled;
        }
        var frames = dc.Stack.Frames;
        if (frames.Count < 2 || frames[^2].Id != FlowIds.FactQuestions || !frames[^1].Id.StartsWith("prompt.", StringComparison.Ordinal)
            || Prompt<object>.ReadOptions(frames[^1].State).Tag is not { } fact || questions.Find(fact) is not { } question)
        {
            return InterruptionOutcome.NotHandled;
        }
        if (AwaitedReplies.For(dc, dc.Awaiting) is { Kind: AnswerKind.Value or AnswerKind.Unknown or AnswerKind.None })
        {
            // The reader took it as an answer to the question on screen: the prompt has it.
            return InterruptionOutcome.NotHandled;
        }
        var record = await cases.GetActiveAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        var left = factQuestions.StillToAsk(frames[^2], record);
        var reply = left.Count <= 1
            ? messages.Format("whatNext.lastQuestion", question.Why)
            : messages.Format("whatNext.questionsLeft", left.Count,
                string.Join("\n", left.Select(f => "- " + (questions.Find(f)?.Label ?? f))), question.Why);
        await dc.Context.SendActivityAsync(reply, cancellationToken: cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Resume;
    }
}
