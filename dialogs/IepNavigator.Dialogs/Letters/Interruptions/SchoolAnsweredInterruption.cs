using System.Text.RegularExpressions;
using IepNavigator.Dialogs.Letters.Ledger;
using IepNavigator.Dialogs.Letters.Reminders;
using IepNavigator.Dialogs.Understanding;
using IepNavigator.Knowledge.Text;

namespace IepNavigator.Dialogs.Letters.Interruptions;

/// <summary>
/// "The school answered", "they replied yesterday: they will test her in March": marks the latest sent letter
/// answered (date, and what they said when the parent gives it), sets the facts an answer establishes and stops
/// its reminder.
/// </summary>
public sealed partial class SchoolAnsweredInterruption(
    CaseStore cases, CaseAdvisor advisor, PaperTrail paperTrail, ReminderScheduler reminders, LetterLedgerContent content)
    : IInterruption
{
    /// <summary>What the school said is kept short: it is a note in the ledger, not a document store.</summary>
    public const int MaxAnswerLength = 500;
    private const int MaxWhenWords = 4;

    public InterruptionOrder Order => InterruptionOrder.SchoolAnswered;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        // Bounded: a runaway pattern reads "no match" (BoundedRegex), never an exception that turns the message into an apology.
        var match = BoundedRegex.Match(Answered(), text ?? "") is { Success: true } english ? english : BoundedRegex.Match(AnsweredInSpanish(), text ?? "");
        if (!match.Success)
        {
            return InterruptionOutcome.NotHandled;
        }
        var record = await cases.GetActiveAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        if (PaperTrail.AwaitingAnswer(record) is not { } entry)
        {
            // "The school responded that she doesn't qualify" with no letter out is the parent's story, not a ledger note.
            if (!record.Ledger.Any(e => e.IsSent))
            {
                return InterruptionOutcome.NotHandled;
            }
            await dc.Context.SendActivityAsync(content["answered.nothingSent"], cancellationToken: cancellationToken).ConfigureAwait(false);
            return InterruptionOutcome.Resume;
        }
        var today = advisor.Today;
        var when = match.Groups["when"].Value.Trim();
        var shortWhen = when.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxWhenWords;
        var answeredOn = when.Length > 0 && shortWhen && NaturalDateParser.Parse(when, today) is { } date && date.Date <= today
            ? date.Date
            : today;
        var said = WhatTheySaid(dc.Context.Activity.Text);
        paperTrail.MarkAnswered(record, entry, answeredOn, said);
        record.UpdatedAt = advisor.Now;
        await reminders.CancelAsync(dc.Context, entry, cancellationToken).ConfigureAwait(false);
        await dc.Context.SendActivityAsync(
            content.Format("answered.recorded", paperTrail.TitleOf(entry.LetterId), DateText.Long(answeredOn)), cancellationToken: cancellationToken).ConfigureAwait(false);
        // What the school said may change the advice: a message with more than "they answered (yesterday)" carries on
        // to the conversation, which reads it like any other news.
        return said is null && shortWhen ? InterruptionOutcome.Resume : InterruptionOutcome.NotHandled;
    }

    /// <summary>The parent's own words after a colon or "said", exactly as typed (trimmed and capped), or null.</summary>
    private static string? WhatTheySaid(string? raw)
    {
        var said = BoundedRegex.Match(Said(), raw ?? "");
        if (!said.Success)
        {
            return null;
        }
        var words = said.Groups["said"].Value.Trim();
        return words.Length == 0 ? null : words[..Math.Min(words.Length, MaxAnswerLength)];
    }

    // Lazy captures ("when" up to "said") keep the backtracking engine; 2 s (BoundedRegex.FallbackTimeout) is never
    // reached by real text on a busy CPU, as 100 ms was, and still stops a pathological message.
    private const int TimeoutMs = 2000;

    [GeneratedRegex(@"^(?:the )?(?:school|district|principal|director|teacher|case manager|they|she|he)(?: has| have| finally| just| already)* (?:answered|replied|responded|wrote back|got back to (?:me|us)|called (?:me |us )?back|sent (?:an answer|a reply|a response))(?<when>(?: .*?)?)(?: (?:and )?(?:said|say|saying|that)\b.*)?$", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex Answered();

    /// <summary>"La escuela respondió", "la directora me contestó ayer y dijo que...", accents already folded.</summary>
    [GeneratedRegex(@"^(?:la |el )?(?:escuela|distrito|director|directora|maestra|maestro|coordinadora|coordinador|ellos|ella|el)(?: ya| por fin| finalmente)*(?: me| nos)? (?:respondio|respondieron|contesto|contestaron|llamo|llamaron|mando una respuesta|mandaron una respuesta|escribio|escribieron)(?<when>(?: .*?)?)(?: (?:y )?(?:dijo|dijeron|dice|dicen|diciendo|que)\b.*)?$", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex AnsweredInSpanish();

    [GeneratedRegex(@"(?::|\b(?:said|says|saying|dijo|dijeron|dice|dicen|diciendo)\b)(?<said>.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex Said();
}
