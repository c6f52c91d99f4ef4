using IepNavigator.Understanding.Reading;

namespace IepNavigator.Dialogs.Conversation;

/// <summary>
/// A side question ("but why does it have to be in writing?", "how long do they have to do the evaluation once i
/// sign?", "¿qué es un IEE?") is answered wherever the parent is, then the open question is asked again in one line.
/// The answer comes from <see cref="SideQuestionAnswers"/> (the explainers, the family's state's timelines, its Parent
/// Center); a message that only looks like a question by its words (no reading) still gets its explainer.
/// </summary>
public sealed partial class SideQuestionInterruption(SideQuestionAnswers answers, ExplainerCatalog explainers, ButtonTaps taps, InterruptionPhrases phrases) : IInterruption
{
    /// <summary>The explainer of what a letter needs: under a letter question, the letters flow's one line says it.</summary>
    private const string LetterFieldsTopic = "letter-fields";

    public InterruptionOrder Order => InterruptionOrder.SideQuestion;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var reading = TurnMeaning.Of(dc);
        var raw = dc.Context.Activity.Text;
        var awaited = AwaitedReplies.For(dc, dc.Awaiting);
        var byReading = TurnMeaning.SureIntent(dc) is Intent.AskProcess or Intent.ExplainTerm || awaited is { Kind: AnswerKind.Question };
        // Words alone ("what is an IEE") when the reader leaned the same way without being sure, or did not read.
        var byWords = !byReading && !taps.IsTap(dc) && explainers.Find(raw) is not null
            && (reading is null || reading.Intent.Best is Intent.AskProcess or Intent.ExplainTerm);
        // A question asked inside a message that mostly tells ("...they said he's too young, can they make me wait??"):
        // the model reads it as telling, yet the question deserves its answer on that turn, before the flow goes on.
        // The reader's question clauses count those asked without a mark ("do they have to give me a copy of the report
        // before the meeting"); its topic of them answers even when no explainer phrase is in the words.
        var byQuestionSentence = !byReading && !byWords && !taps.IsTap(dc) && reading is { Suspicious: false }
            && QuestionSentences(raw, reading) is { Length: > 0 } asked
            && ((reading.Topic is { } topic && explainers.ById(topic) is not null) || explainers.Find(asked, knownQuestion: reading.Questions.Count > 0) is not null);
        if (!byReading && !byWords && !byQuestionSentence)
        {
            return InterruptionOutcome.NotHandled;
        }
        if (reading?.Topic is null or "other" && phrases.Leads("whatNext", TextNormalizer.Normalize(raw), 3))
        {
            // "whats next" read as a question about a term (0.53 after the tenth round's retrain): the chat's own command,
            // which the flow answers (the plan as it stands, or the questions left), never "I can't answer it precisely".
            return InterruptionOutcome.NotHandled;
        }
        if (dc.ActiveFrame?.Id == Flows.FlowIds.Letter && reading?.Topic is null or "other" or LetterFieldsTopic
            && awaited is { Kind: AnswerKind.Question })
        {
            // "do i have to give my email?": about the field asked, which the letters flow answers (why, and that it can stay blank).
            return InterruptionOutcome.NotHandled;
        }
        var reply = await answers.AnswerAsync(dc, reading, byQuestionSentence ? QuestionSentences(raw, reading) : raw, cancellationToken).ConfigureAwait(false);
        await dc.Context.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
        if (Flows.MainDialog.AsksOnlyWhere(dc) && reading is { Suspicious: false, Statements.Count: > 0 })
        {
            // "tiene IEP ... lo mandan a la casa temprano, ya van como 5 veces. eso es legal?" at "where are you in the
            // process?": the message also tells where the family is, so it opens the conversation (its stage and facts
            // read) rather than the menu on screen being shown again as if nothing had been said.
            dc.CancelAllDialogs();
            return InterruptionOutcome.Resume;
        }
        // When the same message also answers the open question ("no. should i put the request in writing?", "yes totally,
        // they barely tested her. whats an IEE?"), the answer is the open question's: the explainer goes first and the
        // flow then takes the answer and moves on.
        return awaited is { Kind: AnswerKind.Value or AnswerKind.Unknown or AnswerKind.None } ? InterruptionOutcome.NotHandled : InterruptionOutcome.Resume;
    }

    /// <summary>
    /// What <paramref name="raw"/> asks, joined: the reader's question clauses (a mark or a question form), else the
    /// sentences that end with "?" (or open with "¿"); empty when it asks nothing.
    /// </summary>
    private static string QuestionSentences(string? raw, MessageReading? reading) =>
        reading is { Questions.Count: > 0 }
            ? string.Join(" ", reading.Questions)
            : string.Join(" ", QuestionSentence().Matches(raw ?? "").Select(m => m.Value.Trim()));

    [System.Text.RegularExpressions.GeneratedRegex(@"¿[^?]*\?+|[^.!?¿\n]+\?+")]
    private static partial System.Text.RegularExpressions.Regex QuestionSentence();
}
