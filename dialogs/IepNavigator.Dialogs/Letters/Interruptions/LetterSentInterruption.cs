using IepNavigator.Dialogs.Cases;
using IepNavigator.Dialogs.Flows;
using IepNavigator.Dialogs.Letters.Ledger;
using IepNavigator.Dialogs.Letters.Reminders;
using IepNavigator.Dialogs.Runtime;
using IepNavigator.Dialogs.Runtime.Interruptions;
using IepNavigator.Dialogs.Understanding;

namespace IepNavigator.Dialogs.Letters.Interruptions;

/// <summary>
/// "I sent it" / "I emailed it today" / "I mailed it on Monday": marks the latest drafted letter sent, which starts
/// its deadline and sets the facts it establishes (letter-ledger.json), schedules the proactive reminder, and shows
/// the advice recomputed from the new facts with its due dates.
/// </summary>
public sealed class LetterSentInterruption(
    CaseStore cases, CaseAdvisor advisor, PaperTrail paperTrail, SentMessage sentMessage, ReminderScheduler reminders, LetterLedgerContent content)
    : IInterruption
{
    public int Order => 35;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var today = advisor.Today;
        if (sentMessage.Read(text, today) is not { } sent)
        {
            return InterruptionOutcome.NotHandled;
        }
        var record = await cases.GetActiveAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        if (PaperTrail.AwaitingSend(record) is not { } entry)
        {
            // With no paper trail yet, "I emailed them yesterday" is the parent's story for the main flow to read.
            if (record.Ledger.Count == 0)
            {
                return InterruptionOutcome.NotHandled;
            }
            await dc.Context.SendActivityAsync(content["sent.nothingDrafted"], cancellationToken: cancellationToken).ConfigureAwait(false);
            return InterruptionOutcome.Resume;
        }
        if (sent.SentOn > today)
        {
            await dc.Context.SendActivityAsync(content["sent.future"], cancellationToken: cancellationToken).ConfigureAwait(false);
            return InterruptionOutcome.Resume;
        }
        var due = paperTrail.MarkSent(record, entry, sent.SentOn, sent.How);
        record.UpdatedAt = advisor.Now;
        await reminders.ScheduleAsync(dc.Context, record.Id, entry, cancellationToken).ConfigureAwait(false);
        await dc.Context.SendActivityAsync(
            content.Format("sent.recorded", paperTrail.TitleOf(entry.LetterId), DateText.Long(sent.SentOn), content.HowText(sent.How), DateText.Long(due)),
            cancellationToken: cancellationToken).ConfigureAwait(false);
        if (record.Stage is null)
        {
            return InterruptionOutcome.Resume;
        }
        // The facts changed: the advice is worked out again and shown with its new due dates.
        dc.CancelAllDialogs();
        await dc.BeginDialogAsync(FlowIds.Advice, null, cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Handled;
    }
}
