using IepNavigator.Knowledge;
using IepNavigator.Understanding;
using IepNavigator.Understanding.Reading;

namespace IepNavigator.Dialogs.Conversation;

/// <summary>
/// Reads every message first, before anything answers it: the reader gets the day, the chat's language, what the open
/// question waits for and the case's stage, and its reading is kept for the turn (<see cref="TurnMeaning"/>). The answer
/// to the open question is handed to the waiting prompt as an <see cref="AwaitedReply"/> in the prompt's own types. A button
/// tap (<see cref="ButtonTaps"/>) skips the reader: it is already an answer or a command.
/// </summary>
public sealed class UnderstandMessageInterruption(Lazy<MessageReader> reader, CaseStore cases, CaseAdvisor advisor, ButtonTaps taps) : IInterruption
{
    public InterruptionOrder Order => InterruptionOrder.UnderstandMessage;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (taps.IsTap(dc))
        {
            return InterruptionOutcome.NotHandled;
        }
        var record = await cases.GetActiveAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        var awaiting = dc.Awaiting;
        var reading = reader.Value.Read(dc.Context.Activity.Text ?? "", new MessageContext(advisor.Today)
        {
            Language = ContentLanguage.Current,
            Awaiting = awaiting,
            KnownStage = record.Stage,
        });
        if (Goals.GoalFlowIds.AsksAboutAGoal(dc))
        {
            // A pasted goal ("Eli will read...") or a baseline ("he was reading 30") names an area, not a new worry:
            // read as one, it would replace the concerns the parent gave; and "Maya will read..." names the child of the
            // goal, not a letter's. The goal flows own what is typed to them.
            reading = reading with { Facts = CaseFactFields.Find(FactNames.Concerns)!.Write(reading.Facts, null), Details = LetterDetails.None };
        }
        TurnMeaning.Set(dc, reading);
        if (awaiting is not null && reading.Answer is { } answer && !reading.Suspicious)
        {
            AwaitedReplies.Set(dc, ToReply(answer));
        }
        return InterruptionOutcome.NotHandled;
    }

    /// <summary>The reader's answer in the types prompts take: contract choice values as strings, the rest as they are.</summary>
    private static AwaitedReply ToReply(AwaitedAnswer answer)
    {
        object? value = answer.Value switch
        {
            IEnumerable<ConcernArea> areas => areas.Select(a => KnowledgeJson.EnumName(a)).ToList(),
            Stage stage => new List<string> { KnowledgeJson.EnumName(stage) },
            string code when CaseFactFields.Find(answer.Field)?.Kind == FactKind.State => new List<string> { code },
            var other => other,
        };
        // A hedged date that named its day ("October 14, I think") keeps the day: only a date without one is a month.
        return new AwaitedReply(answer.Field, answer.Kind, value, answer.Approximate && !answer.DayGiven, answer.HasMore);
    }
}
