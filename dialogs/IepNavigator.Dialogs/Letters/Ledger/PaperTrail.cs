using IepNavigator.Dialogs.Understanding;
using IepNavigator.Letters.Templates;

namespace IepNavigator.Dialogs.Letters.Ledger;

/// <summary>
/// Keeps a case's ledger: a letter drafted, sent (which sets the facts the letter starts, so the advice recomputes
/// its deadlines from the day sent) and answered. The mapping from letters to facts is data (letter-ledger.json).
/// </summary>
public sealed class PaperTrail(LetterTemplateCatalog templates, LetterLedgerContent content)
{
    public string TitleOf(string letterId) => templates.Find(letterId)?.Title ?? letterId;

    /// <summary>Records a draft; drafting the same letter again before sending it updates that entry instead of adding one.</summary>
    public LedgerEntry Drafted(CaseRecord record, string letterId, string? stepId, string? followsEntryId, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(record);
        var entry = record.Ledger.LastOrDefault(e => e.LetterId == letterId && !e.IsSent);
        if (entry is null)
        {
            entry = new LedgerEntry { LetterId = letterId };
            record.Ledger.Add(entry);
        }
        entry.StepId = string.IsNullOrEmpty(stepId) ? entry.StepId : stepId;
        entry.FollowsEntryId = followsEntryId ?? entry.FollowsEntryId;
        entry.DraftedOn = today;
        return entry;
    }

    /// <summary>The letter "I sent it" refers to: the latest one drafted and not yet sent.</summary>
    public static LedgerEntry? AwaitingSend(CaseRecord record) => record?.Ledger.LastOrDefault(e => !e.IsSent);

    /// <summary>The letter "the school answered" refers to: the latest one sent and not yet answered.</summary>
    public static LedgerEntry? AwaitingAnswer(CaseRecord record) => record?.Ledger.LastOrDefault(e => e.IsSent && !e.IsAnswered);

    /// <summary>Marks the letter sent, starts its deadline and sets the facts it establishes; returns the due date.</summary>
    public DateOnly MarkSent(CaseRecord record, LedgerEntry entry, DateOnly sentOn, string? how)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(entry);
        // The one answer-date rule the letter text, the .ics and the advice use (the state's own time where it has one).
        var due = templates.Find(entry.LetterId)?.Deadline.DueAfter(sentOn, record.Facts) ?? sentOn;
        entry.SentOn = sentOn;
        entry.SentHow = how;
        entry.DueOn = due;
        entry.OverdueNoticeGiven = false;
        var rule = content.RuleFor(entry.LetterId);
        record.Apply(rule.SentStatement(sentOn));
        if (rule.Stage is { } move && (record.Stage is not { } stage || move.From.Contains(stage)))
        {
            record.SetStage(move.To);
        }
        return due;
    }

    /// <summary>Marks the letter answered and sets the facts an answer establishes.</summary>
    public void MarkAnswered(CaseRecord record, LedgerEntry entry, DateOnly answeredOn, string? answer)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(entry);
        entry.AnsweredOn = answeredOn;
        entry.Answer = string.IsNullOrWhiteSpace(answer) ? null : answer.Trim();
        record.Apply(content.RuleFor(entry.LetterId).AnsweredStatement(answeredOn));
    }

    /// <summary>The letter to offer when <paramref name="entry"/> goes unanswered past its deadline, or null.</summary>
    public string? FollowUpOf(LedgerEntry entry) =>
        content.RuleFor(entry?.LetterId ?? "").FollowUp is { } id && templates.Contains(id) ? id : null;

    /// <summary>One line per letter, oldest first, for "what have I sent?".</summary>
    public IEnumerable<string> Describe(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        foreach (var entry in record.Ledger)
        {
            var title = TitleOf(entry.LetterId);
            if (!entry.IsSent)
            {
                yield return content.Format("ledger.drafted", title, DateText.Long(entry.DraftedOn));
                continue;
            }
            var line = content.Format("ledger.sent", title, DateText.Long(entry.DraftedOn), PlainDates.Format(entry.SentOn), content.HowText(entry.SentHow), PlainDates.Format(entry.DueOn));
            if (entry.IsAnswered)
            {
                line += content.Format("ledger.answered", PlainDates.Format(entry.AnsweredOn));
                line += entry.Answer is { } said ? content.Format("ledger.answerSaid", said) : "";
            }
            else
            {
                line += content["ledger.noAnswer"];
            }
            yield return line;
        }
    }
}
