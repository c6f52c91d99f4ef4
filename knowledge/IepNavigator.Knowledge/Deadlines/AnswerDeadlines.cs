using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Rules.Model;

namespace IepNavigator.Knowledge.Deadlines;

/// <summary>When the school's answer to a parent's letter is due, and the rule that sets the date.</summary>
/// <param name="Citation">The state's rule when its own timeline set the date; null when it is the letter's own request.</param>
/// <param name="Estimated">Counted in school days or across breaks, so only as exact as the calendar used.</param>
public sealed record AnswerDue(DateOnly DueBy, string? Citation, bool Estimated);

/// <summary>
/// The one rule for a letter's answer date. Every place that says it — the chat's "answer due by", the letter's "please
/// answer by", the paper trail, the reminder, the .ics and the advice's own step — comes here (or, for the advice, to the
/// same timeline and arithmetic through <c>StateTimelineOf</c> and <c>Timeline.DueFrom</c>), so one
/// request never shows two dates. Where the state sets the school a time to answer (Texas: 15 school days to answer a
/// written evaluation request; Ohio: 30 days), that is the date; otherwise the letter's own request (so many calendar
/// days), since federal law sets none.
/// </summary>
public static class AnswerDeadlines
{
    /// <summary>The letter asks the school to answer an evaluation request (state-timelines.json's <c>evaluationResponse</c>).</summary>
    public const string EvaluationResponse = "evaluationResponse";

    /// <summary>
    /// The letter asks for the resolution meeting of a due process complaint: in a discipline case the complaint appeals
    /// a disciplinary placement or manifestation decision, so the meeting is due in 7 days (34 CFR 300.532(c)(3)(i));
    /// otherwise the letter's own 15 (300.510(a)(1)).
    /// </summary>
    public const string ResolutionMeeting = "resolutionMeeting";

    /// <summary>
    /// The letter asks for the child's records: where the state sets its own time (California: 5 business days, Ed. Code
    /// 56504), that is the date the letter asks for, never a later one of its own.
    /// </summary>
    public const string RecordsAccess = "recordsAccess";

    /// <summary>The timeline keys a letter template may name in its deadline's <c>timeline</c>.</summary>
    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.Ordinal) { EvaluationResponse, ResolutionMeeting, RecordsAccess };

    /// <summary>
    /// The answer date of a letter sent (or dated) on <paramref name="sentOn"/>: the state's <paramref name="timeline"/>
    /// for the case's state and school calendar where the state has one, else <paramref name="ownDays"/> calendar days.
    /// </summary>
    public static AnswerDue For(string? timeline, int ownDays, DateOnly sentOn, CaseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var content = KnowledgeContent.Default;
        var rule = timeline == ResolutionMeeting && facts.InDiscipline()
            ? content.Timelines.Federal.ExpeditedResolutionMeeting
            : StateTimelineOf(timeline, content.Timelines.Find(facts.State));
        if (rule is not null)
        {
            var due = rule.DueFrom(sentOn, content.Calendar.For(facts.State, facts.SchoolBreaks));
            return new AnswerDue(due, rule.Citation, CaseCalendar.DependsOnSchoolCalendar(rule.Unit));
        }
        return new AnswerDue(sentOn.AddDays(ownDays), null, Estimated: false);
    }

    /// <summary>The state's own timeline for <paramref name="timeline"/>, or null (there is no federal one to fall back to).</summary>
    internal static Timeline? StateTimelineOf(string? timeline, StateTimelines? state) => timeline switch
    {
        EvaluationResponse => state?.EvaluationResponse,
        RecordsAccess => state?.RecordsAccess,
        _ => null,
    };
}
