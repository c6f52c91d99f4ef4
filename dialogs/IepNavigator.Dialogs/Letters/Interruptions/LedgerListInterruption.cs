using System.Text;
using IepNavigator.Dialogs.Letters.Ledger;

namespace IepNavigator.Dialogs.Letters.Interruptions;

/// <summary>"What have I sent?": the active child's paper trail, oldest first, then back to where the parent was.</summary>
public sealed class LedgerListInterruption(CaseStore cases, PaperTrail paperTrail, LetterLedgerContent content) : IInterruption
{
    public InterruptionOrder Order => InterruptionOrder.LedgerList;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!content.Matches("ledger", text))
        {
            return InterruptionOutcome.NotHandled;
        }
        var book = await cases.GetBookAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        var record = book.Active();
        if (record.Ledger.Count == 0)
        {
            await dc.Context.SendActivityAsync(content["ledger.empty"], cancellationToken: cancellationToken).ConfigureAwait(false);
            return InterruptionOutcome.Resume;
        }
        var list = new StringBuilder(book.Cases.Count > 1 && record.Label is not null ? content.Format("ledger.headingFor", record.Label) : content["ledger.heading"]);
        foreach (var line in paperTrail.Describe(record))
        {
            list.Append('\n').Append(line);
        }
        // Plain text: titles and the school's words as the parent typed them are shown as they are.
        var reply = MessageFactory.Text(list.ToString());
        reply.TextFormat = TextFormatTypes.Plain;
        await dc.Context.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Resume;
    }
}
