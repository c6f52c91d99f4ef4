using System.Globalization;
using IepNavigator.Knowledge.Content;

namespace IepNavigator.Knowledge.Deadlines;

/// <summary>
/// Writes the deadlineRule sentence: whose timeline, how many of which days, counted from what and when, and, beside
/// a date counted over school days or breaks, that it is an estimate.
/// </summary>
internal sealed class DeadlineRuleWriter(PhrasesDocument phrases)
{
    /// <summary>Which template applies: the state's own timeline, or the federal one and why.</summary>
    public enum Source
    {
        State,
        Federal,
        FederalStateUnknown,
        FederalStateNotListed,
        /// <summary>A federal limit a state may replace by its own law, which we have not verified for this state.</summary>
        FederalUnlessStateLaw,
    }

    public string Write(Timeline timeline, Source source, string? state, DateOnly startsOn, CaseCalendar calendar)
    {
        var key = source switch
        {
            Source.State => "state",
            Source.FederalStateUnknown => "federal-state-unknown",
            Source.FederalStateNotListed => "federal-state-not-listed",
            Source.FederalUnlessStateLaw => state is null ? "federal-unless-state-law-unknown" : "federal-unless-state-law",
            _ => "federal",
        };
        var unitKey = timeline.Unit == TimeUnits.Years && timeline.Days == 1 ? "year" : timeline.Unit;
        var sentence = TemplateText.Fill(phrases.DeadlineRule(key), name => name switch
        {
            "state" => state,
            "days" => timeline.Days.ToString(CultureInfo.InvariantCulture),
            "unit" => phrases.Unit(unitKey),
            "trigger" => phrases.Trigger(timeline.Trigger),
            "startedOn" => PlainDates.Format(startsOn),
            "citation" => timeline.Citation,
            _ => null,
        });
        return sentence + EstimateNote(timeline.Unit, calendar);
    }

    /// <summary>The state's end-of-year rule replaced the count: say which, and from what.</summary>
    public string WriteEndOfYear(EndOfYearRule rule, string? state, DateOnly startsOn, int remaining, DateOnly lastSchoolDay, Timeline timeline, CaseCalendar calendar) =>
        TemplateText.Fill(phrases.DeadlineRule("end-of-year-" + rule.DueOn), name => name switch
        {
            "state" => state,
            "trigger" => phrases.Trigger(timeline.Trigger),
            "startedOn" => PlainDates.Format(startsOn),
            "remaining" => remaining.ToString(CultureInfo.InvariantCulture),
            "lastDay" => PlainDates.Format(lastSchoolDay),
            "plusDays" => rule.PlusDays.ToString(CultureInfo.InvariantCulture),
            "citation" => rule.Citation,
            _ => null,
        }) + EstimateNote(TimeUnits.School, calendar);

    /// <summary>
    /// The due process filing limit in words, with no date: the state's own where we know it ("1 year in NC, under
    /// N.C. Gen. Stat. 115C-109.6(b)"), else the federal one and that state law may set another.
    /// </summary>
    public string WriteFilingLimit(TimelineBook book, string? state)
    {
        var own = book.Find(state)?.DueProcessWindow;
        var timeline = own ?? book.Federal.DueProcessWindow;
        var unitKey = timeline.Unit == TimeUnits.Years && timeline.Days == 1 ? "year" : timeline.Unit;
        return TemplateText.Fill(phrases.DeadlineRule(own is null ? "filing-limit-federal" : "filing-limit-state"), name => name switch
        {
            "state" => state,
            "days" => timeline.Days.ToString(CultureInfo.InvariantCulture),
            "unit" => phrases.Unit(unitKey),
            "citation" => timeline.Citation,
            _ => null,
        });
    }

    public string WriteBeforeMeeting(DateOnly meeting) =>
        TemplateText.Fill(phrases.DeadlineRule("records-before-meeting"), name => name == "date" ? PlainDates.Format(meeting) : null);

    /// <summary>"; an estimate: ..." beside a date that depends on the school's calendar, else "".</summary>
    private string EstimateNote(string unit, CaseCalendar calendar) =>
        !CaseCalendar.DependsOnSchoolCalendar(unit) ? ""
        : phrases.DeadlineRule(calendar.OwnBreaks ? "estimate-own-breaks" : "estimate-typical-breaks");
}
