using IepNavigator.Dialogs.Letters.Reminders;

namespace IepNavigator.Dialogs.Letters.Interruptions;

/// <summary>
/// Runs on every message, after the language switches and the welcome back: when a deadline a sent letter started has passed unanswered and the parent has not
/// been told yet, says so once and offers the follow-up letter, then lets the message carry on as usual.
/// </summary>
public sealed class OverdueNoticeInterruption(CaseStore cases, CaseAdvisor advisor, OverdueNotice notice) : IInterruption
{
    public InterruptionOrder Order => InterruptionOrder.OverdueNotice;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var book = await cases.GetBookAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        if (OverdueNotice.FindDue(book, advisor.Today) is { } due)
        {
            await notice.SendAsync(dc.Context, book, due.Record, due.Entry, cancellationToken).ConfigureAwait(false);
        }
        return InterruptionOutcome.NotHandled;
    }
}
