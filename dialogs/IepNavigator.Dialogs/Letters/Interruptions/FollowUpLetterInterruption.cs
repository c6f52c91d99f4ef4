using IepNavigator.Dialogs.Flows;
using IepNavigator.Dialogs.Letters.Drafting;
using IepNavigator.Dialogs.Letters.Ledger;

namespace IepNavigator.Dialogs.Letters.Interruptions;

/// <summary>
/// "Draft the follow-up letter" (the button of the overdue notice): drafts the follow-up of the letter whose answer
/// date passed unanswered, for that letter's child: a polite follow-up (or iee-follow-up), never overdue-timeline,
/// since the date the letter asked for is the parent's own, not a legal deadline (letter-ledger.json decides).
/// </summary>
public sealed class FollowUpLetterInterruption(CaseStore cases, CaseAdvisor advisor, PaperTrail paperTrail, LetterLedgerContent content) : IInterruption
{
    public InterruptionOrder Order => InterruptionOrder.FollowUpLetter;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!content.Matches("followUp", text))
        {
            return InterruptionOutcome.NotHandled;
        }
        var book = await cases.GetBookAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        var today = advisor.Today;
        var overdue = book.Cases
            .OrderBy(c => c.Id == book.ActiveCaseId ? 0 : 1)
            .SelectMany(c => c.Ledger.Where(e => e.IsOverdue(today) && paperTrail.FollowUpOf(e) is not null).Reverse().Select(e => (Record: c, Entry: e)))
            .FirstOrDefault();
        if (overdue.Entry is null)
        {
            await dc.Context.SendActivityAsync(content["followUp.none"], cancellationToken: cancellationToken).ConfigureAwait(false);
            return InterruptionOutcome.Resume;
        }
        book.ActiveCaseId = overdue.Record.Id;
        dc.CancelAllDialogs();
        var options = new Flows.LetterOptions { LetterId = paperTrail.FollowUpOf(overdue.Entry)!, FollowsEntryId = overdue.Entry.Id };
        await dc.BeginDialogAsync(FlowIds.Letter, options, cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Handled;
    }
}
