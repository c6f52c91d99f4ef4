using IepNavigator.Dialogs.Understanding;
using IepNavigator.Knowledge.Letters;

namespace IepNavigator.Dialogs.Flows;

/// <summary>
/// "Welcome back — about Sam": said once on the first turn after <see cref="NavigatorBot.ReturningAfter"/> to a parent
/// whose case has a stage or a paper trail, with what is pending — each letter sent and still unanswered (the school's
/// answer due by, or overdue), each letter drafted but not marked sent, and the advice's next date. The message itself
/// is then handled as usual (<see cref="ReturningWelcomeInterruption"/>); a join event with no message gets it from
/// <see cref="MainDialog"/>, which then goes on with the case instead of asking where the family is.
/// </summary>
public sealed class ReturningWelcome(CaseStore cases, CaseAdvisor advisor, StageCatalog stages, FactAnswers answers, MessageCatalog messages, ILetterCatalog letters)
{
    /// <summary>Whether this turn is a parent's return after the gap (set by <see cref="NavigatorBot"/>).</summary>
    public static bool IsReturning(ITurnContext turnContext) => turnContext is not null && TurnNotes.Find(turnContext)?.Returning is true;

    /// <inheritdoc cref="IsReturning(ITurnContext)"/>
    public static bool IsReturning(DialogContext dc) => dc?.Turn.Returning is true;

    /// <summary>Says the welcome back for the active case once this turn, when there is a case to come back to; true if said now or earlier this turn.</summary>
    public async Task<bool> SendOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var turn = TurnNotes.Of(turnContext);
        if (turn.WelcomedBack)
        {
            return true;
        }
        var record = await cases.GetActiveAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (record.Stage is null && record.Ledger.Count == 0)
        {
            return false;
        }
        turn.WelcomedBack = true;
        await turnContext.SendActivityAsync(Compose(record), cancellationToken: cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The welcome: whom it is about, where the case was, then one line per open clock or unsent letter.</summary>
    public string Compose(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var child = record.Label ?? record.LetterFields.ChildName;
        var where = record.Stage is { } stage ? stages.Find(stage)?.Describe ?? answers.StageLabel(stage) : null;
        var text = (child, where) switch
        {
            ({ } name, { } last) => messages.Format("welcomeBack.child", name, last),
            ({ } name, null) => messages.Format("welcomeBack.childOnly", name),
            (null, { } last) => messages.Format("welcomeBack", "", last),
            _ => messages.Format("welcomeBack.plain"),
        };
        var today = advisor.Today;
        var pending = new List<string>();
        foreach (var entry in record.Ledger)
        {
            var title = letters.Find(entry.LetterId)?.Title ?? entry.LetterId;
            if (!entry.IsSent)
            {
                pending.Add(messages.Format("welcomeBack.drafted", title, DateText.Long(entry.DraftedOn)));
            }
            else if (!entry.IsAnswered && entry.DueOn is { } due)
            {
                // An overdue answer not yet noticed is said right after, by the overdue notice with its follow-up letter.
                if (entry.IsOverdue(today) && !entry.OverdueNoticeGiven)
                {
                    continue;
                }
                pending.Add(messages.Format(entry.IsOverdue(today) ? "welcomeBack.sentOverdue" : "welcomeBack.sent", title, DateText.Long(entry.SentOn!.Value), DateText.Long(due)));
            }
        }
        if (pending.Count > 0)
        {
            text += "\n\n" + messages["welcomeBack.pending"] + "\n" + string.Join("\n", pending);
        }
        if (record.Stage is not null
            && advisor.Advise(record).Steps.Where(s => s.DueBy is not null).OrderBy(s => s.DueBy).FirstOrDefault() is { DueBy: { } next } step
            && !record.Ledger.Any(e => e.IsSent && !e.IsAnswered && e.DueOn == next))
        {
            // The advice's next date, unless it is a letter's answer date already listed above (one request, one date).
            text += "\n\n" + messages.Format(next < today ? "welcomeBack.overdue" : "welcomeBack.due", step.Title, DateText.Long(next));
        }
        return text;
    }
}
