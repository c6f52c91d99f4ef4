using IepNavigator.Dialogs.Letters.Ledger;

namespace IepNavigator.Dialogs.Letters.Reminders;

/// <summary>
/// "The answer to your letter was due by ...": said once per ledger entry, in the chat the next time the parent
/// writes or proactively by <see cref="ReminderDispatcher"/>, whichever comes first; offers the follow-up letter.
/// </summary>
public sealed class OverdueNotice(PaperTrail paperTrail, LetterLedgerContent content)
{
    /// <summary>The first letter past its deadline with no answer and no notice yet, the active child's first.</summary>
    public static (CaseRecord Record, LedgerEntry Entry)? FindDue(CaseBook book, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(book);
        var ordered = book.Cases.OrderBy(c => c.Id == book.ActiveCaseId ? 0 : 1);
        foreach (var record in ordered)
        {
            if (record.Ledger.FirstOrDefault(e => e.IsOverdue(today) && !e.OverdueNoticeGiven) is { } entry)
            {
                return (record, entry);
            }
        }
        return null;
    }

    /// <summary>Says the notice for <paramref name="entry"/> and marks it given (the caller saves the turn's state).</summary>
    public async Task SendAsync(ITurnContext turnContext, CaseBook book, CaseRecord record, LedgerEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(entry);
        var title = paperTrail.TitleOf(entry.LetterId);
        var (sent, due) = (PlainDates.Format(entry.SentOn) ?? "", PlainDates.Format(entry.DueOn) ?? "");
        IMessageActivity reply;
        if (paperTrail.FollowUpOf(entry) is null)
        {
            reply = ButtonReply.Create(content.Format("overdue.noticeNoFollowUp", title, sent, due), [content["button.schoolAnswered"]], InputHints.AcceptingInput);
        }
        else
        {
            var key = book.Cases.Count > 1 && record.Label is not null ? "overdue.noticeFor" : "overdue.notice";
            reply = ButtonReply.Create(content.Format(key, title, sent, due, record.Label), [content["button.followUp"], content["button.schoolAnswered"]], InputHints.AcceptingInput);
        }
        await turnContext.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
        entry.OverdueNoticeGiven = true;
    }
}
