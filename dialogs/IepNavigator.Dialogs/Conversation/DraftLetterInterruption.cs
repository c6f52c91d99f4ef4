using IepNavigator.Dialogs.Flows;
using IepNavigator.Knowledge.Letters;
using IepNavigator.Understanding.Reading;

namespace IepNavigator.Dialogs.Conversation;

/// <summary>
/// "can you draft a letter requesting his progress data and records", "ok quiero la carta para pedir la evaluacion":
/// the letter the parent named or described, from anywhere in the chat; without a named one, the first letter of the
/// case's advice; "again" with none named, the letter last drafted. A letter already being drafted is not started twice.
/// </summary>
public sealed class DraftLetterInterruption(CaseStore cases, CaseAdvisor advisor, ILetterCatalog letters, MessageCatalog messages, ButtonTaps taps) : IInterruption
{
    public InterruptionOrder Order => InterruptionOrder.DraftLetter;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        // Sure it is a request for a letter, or unsure but with the letter named ("la carta para pedir la evaluacion").
        var reading = TurnMeaning.Of(dc);
        // Under a fact question the model leans to "tell" (issue 17: "draft the letter" got "I need a yes or a no"): the
        // command it leans to is taken, and so is the advice's own button title typed there (a tap skips the reader).
        var asksForLetter = TurnMeaning.Commands(dc.Context, Intent.DraftLetter, dc.Awaiting)
            || (reading is { LetterId: not null } && (reading.Intent.Best == Intent.DraftLetter || reading.Intent.Candidates.Any(c => c.Value == Intent.DraftLetter)))
            || (reading is null && taps.IsTap(dc) && IsLetterButton(dc) && dc.Awaiting is { } awaiting && CaseFactFields.Find(awaiting) is not null);
        if (!asksForLetter || dc.Dialogs.Find(FlowIds.Letter) is null)
        {
            return InterruptionOutcome.NotHandled;
        }
        if (dc.Stack.Frames.Any(f => f.Id == FlowIds.Letter))
        {
            // "ok lets finish the letter" at the review opened over the letter ("what do you know" mid-letter): the review
            // ends on a message that is none of its choices and the letter goes on; resuming would ask the review's pick again.
            return dc.Stack.Frames.Any(f => f.Id == FlowIds.Review) ? InterruptionOutcome.NotHandled : InterruptionOutcome.Resume;
        }
        var record = await cases.GetActiveAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        var steps = advisor.Advise(record).Steps;
        var named = TurnMeaning.Of(dc)?.LetterId is { } id && letters.Find(id) is not null ? id : null;
        if (named is null && TurnMeaning.Of(dc) is { LetterAgain: true } && record.LastDraft is { } last && letters.Find(last.LetterId) is not null)
        {
            // "draft the letter again": the letter last drafted, not the advice's first (found trying the bot after an IEE letter).
            await dc.BeginDialogAsync(FlowIds.Letter, new LetterOptions { LetterId = last.LetterId, StepId = last.StepId ?? "", FollowsEntryId = last.FollowsEntryId }, cancellationToken).ConfigureAwait(false);
            return InterruptionOutcome.Handled;
        }
        var step = named is null ? steps.FirstOrDefault(s => s.Letter is not null) : steps.FirstOrDefault(s => s.Letter == named);
        var letterId = named ?? step?.Letter;
        if (letterId is null)
        {
            // Nothing named and no step with a letter yet: the flow finds where the family is first.
            await dc.Context.SendActivityAsync(messages["letter.whichFirst"], cancellationToken: cancellationToken).ConfigureAwait(false);
            return InterruptionOutcome.Resume;
        }
        await dc.BeginDialogAsync(FlowIds.Letter, new LetterOptions { LetterId = letterId, StepId = step?.Id ?? "" }, cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Handled;
    }

    /// <summary>"Draft the letter" / "Redactar la carta", the advice's button, in either language.</summary>
    private bool IsLetterButton(DialogContext dc) =>
        (dc.Context.Activity.Text ?? "").Trim() is { Length: > 0 } typed
        && IepNavigator.Knowledge.Content.ContentLanguage.Supported.Any(l => string.Equals(messages.In(l, "button.letter"), typed, StringComparison.OrdinalIgnoreCase));
}
