using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Rules.Model;
using static IepNavigator.Knowledge.Deadlines.DeadlineRuleWriter;

namespace IepNavigator.Knowledge.Deadlines;

/// <summary>
/// Computes the open timelines of a case from its dates, the state's timelines (federal defaults when the state is
/// unknown or not listed) and the school calendar (the typical breaks, or the school's own when the case gives
/// them). Only timelines whose event has not happened yet are returned.
/// </summary>
internal sealed class DeadlineCalculator(TimelineBook book, SchoolCalendar calendar, DeadlineRuleWriter writer)
{
    public IReadOnlyList<Deadline> Compute(CaseFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var state = book.Find(facts.State);
        var days = calendar.For(facts.State, facts.SchoolBreaks);
        var open = new List<Deadline>(4);
        var c = new Context(facts, today, state, days, open);

        AddEvaluationDeadlines(c);
        AddInitialIepMeeting(c);
        AddRecordsAccess(c);
        if (facts.HasAnIep())
        {
            Add(c, DeadlineKind.AnnualReview, book.Federal.AnnualReview, Source.Federal, facts.LastIepReviewOn);
            Add(c, DeadlineKind.Reevaluation, book.Federal.Reevaluation, Source.Federal, facts.LastEvaluationOn);
        }

        // A child said to have no IEP has the review only if the school "knew" (34 CFR 300.534); that is the advice's to say.
        // Once held, the review's 10 school days are spent: what is left is the appeal (300.532).
        if (facts.MayHaveIepProtections() && facts.ManifestationReviewHeld != true)
        {
            Add(c, DeadlineKind.ManifestationDetermination, book.Federal.ManifestationDetermination, Source.Federal,
                facts.DisciplineChangeOfPlacementOn);
        }
        AddFilingWindows(c);
        AddDueProcessClocks(c);
        return open;
    }

    /// <summary>Everything one computation needs, passed around instead of five parameters.</summary>
    private sealed record Context(CaseFacts Facts, DateOnly Today, StateTimelines? State, CaseCalendar Days, List<Deadline> Open);

    private void AddEvaluationDeadlines(Context c)
    {
        var facts = c.Facts;
        if (facts.EvaluationDone())
        {
            return;
        }

        var (timeline, source) = Choose(c.State?.InitialEvaluation, book.Federal.InitialEvaluation, facts.State, c.State);
        if (StartOf(timeline, facts) is { } start && timeline.EndOfYear is { } endOfYear
            && EndOfYearDue(endOfYear, start, c.Days) is { } special)
        {
            var rule = writer.WriteEndOfYear(endOfYear, facts.State, start, special.Remaining, special.LastSchoolDay, timeline, c.Days);
            c.Open.Add(new Deadline(DeadlineKind.InitialEvaluation, start, special.Due, rule, c.Today > special.Due, schoolDuty: true)
            {
                Secondary = timeline.IsSecondary, Estimated = true, Citation = endOfYear.Citation, Trigger = timeline.Trigger,
            });
        }
        else
        {
            // Only the evaluation timeline is the states' to set (34 CFR 300.301(c)(1)(ii)); without theirs the date is provisional.
            Add(c, DeadlineKind.InitialEvaluation, timeline, source, StartOf(timeline, facts),
                provisional: source is Source.FederalStateUnknown or Source.FederalStateNotListed);
        }

        // The same timeline a letter asking for the evaluation gives as its answer date (AnswerDeadlines).
        if (AnswerDeadlines.StateTimelineOf(AnswerDeadlines.EvaluationResponse, c.State) is { } response && facts.ConsentSignedOn is null
            && facts.SchoolRefusedEvaluation != true && facts.RequestInWriting == true)
        {
            Add(c, DeadlineKind.EvaluationResponse, response, Source.State, facts.EvaluationRequestedOn);
        }
    }

    /// <summary>The state's end-of-year date when the clock starts within its window before the last school day, else null.</summary>
    private static (DateOnly Due, int Remaining, DateOnly LastSchoolDay)? EndOfYearDue(EndOfYearRule rule, DateOnly start, CaseCalendar days)
    {
        if (days.LastSchoolDayOfYear(start) is not { } last)
        {
            return null;
        }

        var remaining = days.SchoolDaysBetween(start, last);
        if (remaining < rule.RemainingAtLeast || remaining >= rule.RemainingBelow)
        {
            return null;
        }

        DateOnly? due = rule.DueOn switch
        {
            EndOfYearRule.June30 => new DateOnly(last.Month > 6 ? last.Year + 1 : last.Year, 6, 30),
            EndOfYearRule.YearEnd => last,
            EndOfYearRule.BeforeNextYear => days.FirstSchoolDayOfNextYear(start)?.AddDays(-1),
            _ => throw new InvalidOperationException($"Unknown end-of-year rule '{rule.DueOn}'."),
        };
        return due is { } date ? (date.AddDays(rule.PlusDays), remaining, last) : null;
    }

    private void AddInitialIepMeeting(Context c)
    {
        var facts = c.Facts;
        // Only where the stage leaves "evaluated, IEP not written yet" possible; other stages say the outcome.
        if (facts.HasAnIep() || facts.IepMeetingOn < c.Today
            || facts.Stage is not (null or Stage.EvaluationComplete or Stage.EvaluationRequested))
        {
            return;
        }

        // Some states' evaluation timelines already run to the IEP meeting; the clock then still counts from consent.
        if (c.State?.InitialEvaluation is { IncludesIepMeeting: true } whole && facts.EligibilityDecidedOn is not null
            && StartOf(whole, facts) is { } start)
        {
            Add(c, DeadlineKind.InitialIepMeeting, whole, Source.State, start);
            return;
        }

        var (timeline, source) = Choose(c.State?.InitialIepMeeting, book.Federal.InitialIepMeeting, facts.State, c.State);
        // A state may count from the written evaluation report (PA, TX); without that date, the federal rule from eligibility.
        if (timeline.Trigger == Triggers.EvaluationReport && facts.EvaluationCompletedOn is { } report)
        {
            Add(c, DeadlineKind.InitialIepMeeting, timeline, source, report);
        }
        else if (facts.EligibilityDecidedOn is { } eligibility)
        {
            var federal = timeline.Trigger == Triggers.EvaluationReport ? book.Federal.InitialIepMeeting : timeline;
            Add(c, DeadlineKind.InitialIepMeeting, federal, ReferenceEquals(federal, timeline) ? source : Source.Federal, eligibility);
        }
    }

    private void AddRecordsAccess(Context c)
    {
        var facts = c.Facts;
        if (facts.RecordsRequestedOn is not { } requested || facts.HasRecords == true)
        {
            return;
        }

        var (timeline, source) = Choose(c.State?.RecordsAccess, book.Federal.RecordsAccess, facts.State, c.State);
        var due = c.Days.Add(requested, timeline.Days, timeline.Unit);
        if (facts.IepMeetingOn is { } meeting && meeting > requested && meeting <= due)
        {
            var beforeMeeting = meeting.AddDays(-1);
            c.Open.Add(new Deadline(DeadlineKind.RecordsAccess, requested, beforeMeeting, writer.WriteBeforeMeeting(meeting),
                c.Today > beforeMeeting, schoolDuty: true) { Citation = book.Federal.RecordsAccess.Citation, Trigger = timeline.Trigger });
            return;
        }

        Add(c, DeadlineKind.RecordsAccess, timeline, source, requested);
    }

    /// <summary>
    /// A parent's filing windows: a state complaint after a missed school deadline; due process from the school action
    /// the parent disputes (the state's own limit where we know it); a Section 504 complaint to OCR.
    /// </summary>
    private void AddFilingWindows(Context c)
    {
        var facts = c.Facts;
        var firstMissed = c.Open.Where(d => d.Missed).MinBy(d => d.DueBy);
        if (firstMissed is not null)
        {
            Add(c, DeadlineKind.StateComplaintWindow, book.Federal.StateComplaintWindow, Source.Federal,
                firstMissed.DueBy.AddDays(1), schoolDuty: false);
        }

        if (facts.DisputedActionOn is { } disputed && facts.HasAnIep() && facts.ServicesDelivered == false)
        {
            Add(c, DeadlineKind.StateComplaintWindow, book.Federal.StateComplaintWindow with { Trigger = Triggers.DisputedAction },
                Source.Federal, disputed, schoolDuty: false);
        }

        if (facts.InIdeaDispute() && facts.DueProcessFiledOn is null)
        {
            var federal = book.Federal.DueProcessWindow;
            var (timeline, source) = c.State?.DueProcessWindow is { } own ? (own, Source.State) : (federal, Source.FederalUnlessStateLaw);
            if (facts.DisputedActionOn is { } action)
            {
                Add(c, DeadlineKind.DueProcessWindow, timeline, source, action, schoolDuty: false);
            }
            else if (facts.Stage == Stage.NotEligible && facts.DisagreesWithEvaluation == true && facts.EligibilityDecidedOn is { } decided)
            {
                // Disputing the finding of no eligibility: that decision is the action disputed.
                Add(c, DeadlineKind.DueProcessWindow, timeline with { Trigger = Triggers.EligibilityDisputed }, source, decided, schoolDuty: false);
            }
        }

        if (facts.Stage == Stage.Plan504 && facts.DisputedActionOn is { } act)
        {
            Add(c, DeadlineKind.OcrComplaintWindow, book.Federal.OcrComplaintWindow, Source.Federal, act, schoolDuty: false);
        }
    }

    /// <summary>
    /// After a due process complaint: the resolution meeting, the resolution period, the hearing decision (34 CFR
    /// 300.510, 300.515); in a discipline case the complaint appeals a disciplinary placement or manifestation decision,
    /// so the expedited clocks apply instead (7 days, 15 days, the hearing within 20 school days, 300.532(c)).
    /// </summary>
    private void AddDueProcessClocks(Context c)
    {
        if (c.Facts.DueProcessFiledOn is not { } filed)
        {
            return;
        }

        // Informative dates, not violations to write about: the remedies run through the hearing officer (300.510(b)(5), 300.515(c)).
        if (c.Facts.InDiscipline())
        {
            Add(c, DeadlineKind.ResolutionMeeting, book.Federal.ExpeditedResolutionMeeting, Source.Federal, filed, schoolDuty: false, expedited: true);
            Add(c, DeadlineKind.ResolutionPeriod, book.Federal.ExpeditedResolutionPeriod, Source.Federal, filed, schoolDuty: false, expedited: true);
            Add(c, DeadlineKind.ExpeditedHearing, book.Federal.ExpeditedHearing, Source.Federal, filed, schoolDuty: false, expedited: true);
            return;
        }

        Add(c, DeadlineKind.ResolutionMeeting, book.Federal.ResolutionMeeting, Source.Federal, filed, schoolDuty: false);
        var periodEnds = c.Days.Add(filed, book.Federal.ResolutionPeriod.Days, book.Federal.ResolutionPeriod.Unit);
        Add(c, DeadlineKind.ResolutionPeriod, book.Federal.ResolutionPeriod, Source.Federal, filed, schoolDuty: false);
        Add(c, DeadlineKind.HearingDecision, book.Federal.HearingDecision, Source.Federal, periodEnds, schoolDuty: false);
    }

    private static (Timeline Timeline, Source Source) Choose(Timeline? own, Timeline federal, string? stateCode, StateTimelines? state) =>
        own is not null ? (own, Source.State)
        : stateCode is null ? (federal, Source.FederalStateUnknown)
        : state is null ? (federal, Source.FederalStateNotListed)
        : (federal, Source.Federal);

    /// <summary>
    /// The date a state's evaluation clock starts: consent; a request known to be written where the state says
    /// referral or request; any referral, spoken or written, where the state counts those (VA).
    /// </summary>
    private static DateOnly? StartOf(Timeline timeline, CaseFacts facts) => timeline.Trigger switch
    {
        Triggers.Consent => facts.ConsentSignedOn,
        Triggers.Referral or Triggers.Request when facts.RequestInWriting == true => facts.EvaluationRequestedOn,
        Triggers.ReferralAny => facts.EvaluationRequestedOn,
        _ => null,
    };

    private void Add(Context c, DeadlineKind kind, Timeline timeline, Source source, DateOnly? start, bool schoolDuty = true, bool provisional = false,
        bool expedited = false)
    {
        if (start is not { } from)
        {
            return;
        }

        var due = timeline.DueFrom(from, c.Days);
        var rule = writer.Write(timeline, source, c.Facts.State, from, c.Days);
        c.Open.Add(new Deadline(kind, from, due, rule, c.Today > due, schoolDuty)
        {
            Secondary = timeline.IsSecondary,
            Provisional = provisional,
            Estimated = CaseCalendar.DependsOnSchoolCalendar(timeline.Unit),
            Citation = timeline.Citation,
            Trigger = timeline.Trigger,
            Expedited = expedited,
        });
    }
}

/// <summary>The trigger names of state-timelines.json that the calculator acts on.</summary>
internal static class Triggers
{
    public const string Consent = "consent";
    public const string Referral = "referral";
    public const string Request = "request";
    /// <summary>A referral counts whether spoken or written (Virginia).</summary>
    public const string ReferralAny = "referral-any";
    public const string EvaluationReport = "evaluation-report";
    public const string Violation = "violation";
    public const string DisputedAction = "disputed-action";
    public const string EligibilityDisputed = "eligibility-disputed";
}
