using System.Globalization;
using IepNavigator.Knowledge.Content;

namespace IepNavigator.Knowledge.Deadlines;

/// <summary>Writes the deadlineRule sentence: whose timeline, how many of which days, counted from what and when.</summary>
internal sealed class DeadlineRuleWriter(PhrasesDocument phrases)
{
    /// <summary>Which template applies: the state's own timeline, or the federal one and why.</summary>
    public enum Source
    {
        State,
        Federal,
        FederalStateUnknown,
        FederalStateNotListed,
    }

    public string Write(Timeline timeline, Source source, string? state, DateOnly startsOn)
    {
        var key = source switch
        {
            Source.State => "state",
            Source.FederalStateUnknown => "federal-state-unknown",
            Source.FederalStateNotListed => "federal-state-not-listed",
            _ => "federal",
        };
        var unitKey = timeline.Unit == TimeUnits.Years && timeline.Days == 1 ? "year" : timeline.Unit;
        return TemplateText.Fill(phrases.DeadlineRule(key), name => name switch
        {
            "state" => state,
            "days" => timeline.Days.ToString(CultureInfo.InvariantCulture),
            "unit" => phrases.Unit(unitKey),
            "trigger" => phrases.Trigger(timeline.Trigger),
            "startedOn" => PlainDates.Format(startsOn),
            "citation" => timeline.Citation,
            _ => null,
        });
    }

    public string WriteBeforeMeeting(DateOnly meeting) =>
        TemplateText.Fill(phrases.DeadlineRule("records-before-meeting"), name => name == "date" ? PlainDates.Format(meeting) : null);
}
