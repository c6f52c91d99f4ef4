using System.Text.RegularExpressions;
using IepNavigator.Dialogs.Understanding;

namespace IepNavigator.Dialogs.Conversation;

/// <summary>
/// The school's own breaks, given anywhere in the chat ("winter break Dec 21 - Jan 1", "vacaciones de invierno del 21 de
/// diciembre al 1 de enero"): added to the case's <c>schoolBreaks</c>, so every school-day deadline is counted with them
/// instead of the typical breaks; the parent is told the breaks noted and the dates that now count them, then the chat
/// goes on. A message needs a break word (interruptions.json <c>schoolBreak</c>) and a date range: anything else is not one.
/// </summary>
public sealed partial class SchoolBreaksInterruption(CaseStore cases, CaseAdvisor advisor, InterruptionPhrases phrases, MessageCatalog messages) : IInterruption
{
    public InterruptionOrder Order => InterruptionOrder.SchoolBreaks;

    /// <summary>A break is a few days to a summer; a "range" longer than this is a misreading, not a break.</summary>
    private const int LongestBreakDays = 120;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (text.Length > 500 || !phrases.Phrases("schoolBreak").Any(w => $" {text} ".Contains($" {w} ", StringComparison.Ordinal)))
        {
            return InterruptionOutcome.NotHandled;
        }
        var found = Read(text, advisor.Today);
        if (found.Count == 0)
        {
            return InterruptionOutcome.NotHandled;
        }
        var record = await cases.GetActiveAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        var merged = (record.Facts.SchoolBreaks ?? []).Concat(found).Distinct().OrderBy(b => b.From).ToList();
        record.Apply(CaseStatement.Of(FactNames.SchoolBreaks, (IReadOnlyList<DateRange>)merged));
        record.UpdatedAt = advisor.Now;
        AwaitedReplies.MarkNoted(dc);

        var noted = string.Join("; ", found.Select(b => messages.Format("breaks.range", DateText.Long(b.From), DateText.Long(b.To))));
        var dated = advisor.Advise(record).Steps.Where(s => s.DueBy is not null && s.DueByEstimated).ToList();
        var reply = messages.Format("breaks.noted", noted);
        if (dated.Count > 0)
        {
            reply += "\n\n" + messages["breaks.recounted"] + "\n" + string.Join("\n", dated.Select(s => $"- **{s.Title}**: {DateText.Long(s.DueBy!.Value)}"));
        }
        await dc.Context.SendActivityAsync(MessageFactory.Text(reply), cancellationToken).ConfigureAwait(false);
        return dc.ActiveFrame is null ? InterruptionOutcome.Handled : InterruptionOutcome.Resume;
    }

    /// <summary>The date ranges in a normalized message; a year-less range is the one nearest today, its end after its start.</summary>
    public static IReadOnlyList<DateRange> Read(string normalized, DateOnly today)
    {
        var ranges = new List<DateRange>();
        MatchCollection matches;
        try
        {
            matches = Range().Matches(normalized);
            _ = matches.Count; // evaluated here, inside the time limit's catch
        }
        catch (RegexMatchTimeoutException)
        {
            return ranges;
        }
        foreach (Match m in matches)
        {
            var startText = m.Groups["a"].Value;
            var endText = m.Groups["b"].Value;
            if (endText.All(char.IsAsciiDigit))
            {
                // "Dec 21-23", "del 21 al 23 de diciembre" is not read; "21 de diciembre al 23": the end's month is the start's.
                var words = startText.Split(' ');
                endText = words.Length >= 3 && words[1] == "de" ? endText + " de " + words[2] : words[0] + " " + endText;
            }
            if (Nearest(startText, today) is not { } from
                || NaturalDateParser.Parse(endText, from, DateDirection.Future) is not { } end
                || end.Date < from || end.Date.DayNumber - from.DayNumber > LongestBreakDays)
            {
                continue;
            }
            ranges.Add(new DateRange(from, end.Date));
        }
        return ranges;
    }

    private static DateOnly? Nearest(string text, DateOnly today)
    {
        var past = NaturalDateParser.Parse(text, today, DateDirection.Past);
        var future = NaturalDateParser.Parse(text, today, DateDirection.Future);
        if (past is null || future is null)
        {
            return (past ?? future)?.Date;
        }
        return today.DayNumber - past.Date.DayNumber <= future.Date.DayNumber - today.DayNumber ? past.Date : future.Date;
    }

    private const string Month = "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre";
    // Every number ends at a word's end: "by may 2027" is a year, never May 20 to 27.
    private const string Day = @"(?:(?:" + Month + @") \d{1,2}(?:st|nd|rd|th)?\b(?: \d{4}\b)?|\d{1,2} de (?:" + Month + @")\b(?: de \d{4}\b)?|\d{1,2}/\d{1,2}(?:/\d{2,4})?\b)";

    [GeneratedRegex(@"\b(?<a>" + Day + @") ?(?:-|to|through|thru|until|till|al|hasta el|hasta|a)? ?(?<b>" + Day + @"|\d{1,2}\b(?!/))", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Range();
}
