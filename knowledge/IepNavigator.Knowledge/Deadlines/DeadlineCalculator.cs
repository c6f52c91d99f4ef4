using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Rules.Model;
using static IepNavigator.Knowledge.Deadlines.DeadlineRuleWriter;

namespace IepNavigator.Knowledge.Deadlines;

/// <summary>
/// Computes the open timelines of a case from its dates, the state's timelines (federal defaults when the state is
/// unknown or not listed) and the school calendar. Only timelines whose event has not happened yet are returned.
/// </summary>
internal sealed class DeadlineCalculator(TimelineBook book, SchoolCalendar calendar, DeadlineRuleWriter writer)
{
    public IReadOnlyList<Deadline> Compute(CaseFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var state = book.Find(facts.State);
        var open = new List<Deadline>(4);

        AddEvaluationDeadlines(facts, today, state, open);
        AddInitialIepMeeting(facts, today, state, open);
        AddRecordsAccess(facts, today, state, open);
        if (facts.HasIep())
        {
            Add(open, DeadlineKind.AnnualReview, book.Federal.AnnualReview, Source.Federal, facts.LastIepReviewOn, facts, today);
            Add(open, DeadlineKind.Reevaluation, book.Federal.Reevaluation, Source.Federal, facts.LastEvaluationOn, facts, today);
        }

        Add(open, DeadlineKind.ManifestationDetermination, book.Federal.ManifestationDetermination, Source.Federal,
            facts.DisciplineChangeOfPlacementOn, facts, today);
        AddFilingWindows(facts, today, open);
        return open;
    }

    private void AddEvaluationDeadlines(CaseFacts facts, DateOnly today, StateTimelines? state, List<Deadline> open)
    {
        if (facts.EvaluationDone())
        {
            return;
        }

        var (timeline, source) = Choose(state?.InitialEvaluation, book.Federal.InitialEvaluation, facts.State, state);
        Add(open, DeadlineKind.InitialEvaluation, timeline, source, StartOf(timeline, facts), facts, today);

        if (state?.EvaluationResponse is { } response && facts.ConsentSignedOn is null
            && facts.SchoolRefusedEvaluation != true && facts.RequestInWriting == true)
        {
            Add(open, DeadlineKind.EvaluationResponse, response, Source.State, facts.EvaluationRequestedOn, facts, today);
        }
    }

    private void AddInitialIepMeeting(CaseFacts facts, DateOnly today, StateTimelines? state, List<Deadline> open)
    {
        // Only where the stage leaves "eligible, IEP not written yet" possible; other stages say the outcome.
        if (facts.EligibilityDecidedOn is null || facts.HasIep() || facts.IepMeetingOn < today
            || facts.Stage is not (null or Stage.EvaluationComplete or Stage.EvaluationRequested))
        {
            return;
        }

        // Some states' evaluation timelines already run to the IEP meeting; the clock then still counts from consent.
        if (state?.InitialEvaluation is { IncludesIepMeeting: true } whole && StartOf(whole, facts) is { } start)
        {
            Add(open, DeadlineKind.InitialIepMeeting, whole, Source.State, start, facts, today);
            return;
        }

        var (timeline, source) = Choose(state?.InitialIepMeeting, book.Federal.InitialIepMeeting, facts.State, state);
        Add(open, DeadlineKind.InitialIepMeeting, timeline, source, facts.EligibilityDecidedOn, facts, today);
    }

    private void AddRecordsAccess(CaseFacts facts, DateOnly today, StateTimelines? state, List<Deadline> open)
    {
        if (facts.RecordsRequestedOn is not { } requested || facts.HasRecords == true)
        {
            return;
        }

        var (timeline, source) = Choose(state?.RecordsAccess, book.Federal.RecordsAccess, facts.State, state);
        var due = calendar.Add(requested, timeline.Days, timeline.Unit, facts.State);
        if (facts.IepMeetingOn is { } meeting && meeting > requested && meeting <= due)
        {
            var beforeMeeting = meeting.AddDays(-1);
            open.Add(new Deadline(DeadlineKind.RecordsAccess, requested, beforeMeeting, writer.WriteBeforeMeeting(meeting),
                today > beforeMeeting, schoolDuty: true));
            return;
        }

        Add(open, DeadlineKind.RecordsAccess, timeline, source, requested, facts, today);
    }

    /// <summary>A parent's filing windows: a state complaint after a missed school deadline, due process in a dispute.</summary>
    private void AddFilingWindows(CaseFacts facts, DateOnly today, List<Deadline> open)
    {
        var firstMissed = open.Where(d => d.Passed && d.SchoolDuty).MinBy(d => d.DueBy);
        if (firstMissed is not null)
        {
            Add(open, DeadlineKind.StateComplaintWindow, book.Federal.StateComplaintWindow, Source.Federal,
                firstMissed.DueBy.AddDays(1), facts, today, schoolDuty: false);
        }

        if (facts.InDispute())
        {
            var decision = facts.EligibilityDecidedOn ?? facts.EvaluationCompletedOn;
            Add(open, DeadlineKind.DueProcessWindow, book.Federal.DueProcessWindow, Source.Federal, decision, facts, today,
                schoolDuty: false);
        }
    }

    private static (Timeline Timeline, Source Source) Choose(Timeline? own, Timeline federal, string? stateCode, StateTimelines? state) =>
        own is not null ? (own, Source.State)
        : stateCode is null ? (federal, Source.FederalStateUnknown)
        : state is null ? (federal, Source.FederalStateNotListed)
        : (federal, Source.Federal);

    /// <summary>The date a state's evaluation clock starts: consent, or a request known to be written where the state says referral.</summary>
    private static DateOnly? StartOf(Timeline timeline, CaseFacts facts) => timeline.Trigger switch
    {
        "consent" => facts.ConsentSignedOn,
        "referral" or "request" when facts.RequestInWriting == true => facts.EvaluationRequestedOn,
        _ => null,
    };

    private void Add(List<Deadline> open, DeadlineKind kind, Timeline timeline, Source source, DateOnly? start,
        CaseFacts facts, DateOnly today, bool schoolDuty = true)
    {
        if (start is not { } from)
        {
            return;
        }

        var due = calendar.Add(from, timeline.Days, timeline.Unit, facts.State);
        var rule = writer.Write(timeline, source, facts.State, from);
        open.Add(new Deadline(kind, from, due, rule, today > due, schoolDuty) { Secondary = timeline.IsSecondary });
    }
}
