using IepNavigator.Dialogs.Flows;
using IepNavigator.Dialogs.Letters.Drafting;
using IepNavigator.Dialogs.Letters.Ledger;
using IepNavigator.Dialogs.Letters.Reminders;
using IepNavigator.Dialogs.Understanding;
using IepNavigator.Letters;
using IepNavigator.Letters.Rendering;

namespace IepNavigator.Dialogs.Letters.Interruptions;

/// <summary>
/// "I sent it" / "I emailed it today" / "I mailed it on Monday": marks the latest drafted letter sent, which starts
/// its deadline and sets the facts it establishes (letter-ledger.json), schedules the proactive reminder, gives a new
/// calendar file when it was sent on a later day than it is dated, and shows
/// the advice recomputed from the new facts with its due dates.
/// </summary>
public sealed class LetterSentInterruption(
    CaseStore cases, CaseAdvisor advisor, PaperTrail paperTrail, SentMessage sentMessage, ReminderScheduler reminders, LetterLedgerContent content,
    LetterFieldMemory memory, LetterRenderer renderer, ILetterLinkIssuer links)
    : IInterruption
{
    public InterruptionOrder Order => InterruptionOrder.LetterSent;

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
        if (sent.SentOn > entry.DraftedOn)
        {
            await SendNewCalendarAsync(dc.Context, record, entry, due, cancellationToken).ConfigureAwait(false);
        }
        if (record.Stage is null)
        {
            return InterruptionOutcome.Resume;
        }
        // The facts changed: the advice is worked out again and shown with its new due dates.
        dc.CancelAllDialogs();
        await dc.BeginDialogAsync(FlowIds.Advice, null, cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Handled;
    }

    /// <summary>
    /// Sent days after it was drafted: the drafted letter's dates counted from its own date, so the parent gets the
    /// calendar file of the answer date counted from the day sent (the same one rule: the .ics is rendered from that day).
    /// </summary>
    private async Task SendNewCalendarAsync(ITurnContext turnContext, CaseRecord record, LedgerEntry entry, DateOnly due, CancellationToken cancellationToken)
    {
        var fields = await memory.RecallAsync(turnContext, record, cancellationToken).ConfigureAwait(false);
        var language = ContentLanguage.Current;
        if (!renderer.Catalog.Contains(entry.LetterId) || renderer.FindMissingFields(entry.LetterId, fields, language).Count > 0)
        {
            return;
        }
        var sentOn = entry.SentOn!.Value;
        var calendar = MessageFactory.Attachment(new Attachment
        {
            ContentType = "text/calendar",
            ContentUrl = language == ContentLanguage.English
                ? links.IssueUrl(entry.LetterId, LetterFormat.Ics, fields, record.Facts, sentOn)
                : links.IssueUrl(entry.LetterId, LetterFormat.Ics, fields, record.Facts, sentOn, language),
            // The id, date and language only, as the drafted letter's files: never the child's name.
            Name = $"{entry.LetterId}-{PlainDate.Write(sentOn)}{(language == ContentLanguage.English ? "" : "-" + language)}.ics",
            Properties = new Newtonsoft.Json.Linq.JObject { ["label"] = content["attachment.ics"] },
        }, content.Format("sent.laterThanDrafted", DateText.Long(entry.DraftedOn), DateText.Long(due)));
        await turnContext.SendActivityAsync(calendar, cancellationToken).ConfigureAwait(false);
    }
}
