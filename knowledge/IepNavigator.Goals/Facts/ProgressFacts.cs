using IepNavigator.Goals.Checking;
using IepNavigator.Goals.Progress;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Goals.Facts;

/// <summary>What the goal tracker has learned, in the knowledge base's terms (null = the tracker cannot tell).</summary>
public sealed record ProgressFactValues(bool? MakingProgress, bool? HasProgressReports, bool? GoalsMeasurable)
{
    /// <summary>The case facts with what the tracker knows laid over them; a null here keeps the parent's own answer.</summary>
    public CaseFacts ApplyTo(CaseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts with
        {
            MakingProgress = MakingProgress ?? facts.MakingProgress,
            HasProgressReports = HasProgressReports ?? facts.HasProgressReports,
            GoalsMeasurable = GoalsMeasurable ?? facts.GoalsMeasurable,
        };
    }
}

/// <summary>
/// The bridge from goal checks and progress verdicts to <see cref="CaseFacts"/>, so the knowledge base recommends
/// request-progress-data or request-iep-meeting: any goal behind → not making progress; a goal with no data in a
/// reporting period → no progress reports; any goal not measurable → goals not measurable.
/// </summary>
public static class ProgressFacts
{
    public static ProgressFactValues ToFacts(IEnumerable<CheckedGoal> checkedGoals, IEnumerable<ProgressVerdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(checkedGoals);
        ArgumentNullException.ThrowIfNull(verdicts);
        var goals = checkedGoals.ToList();
        var judged = verdicts.ToList();

        bool? measurable = goals.Count == 0 ? null : goals.All(g => g.Measurable);

        bool? making = judged.Any(v => v.Kind == VerdictKind.Behind) ? false
            : judged.Count > 0 && judged.All(v => v.Kind == VerdictKind.OnTrack) ? true
            : null;

        // Data in every reporting period says reports arrive; a gap says they do not. Too early to tell says nothing.
        bool? reports = judged.Any(v => v.MissedReportingPeriod) ? false
            : judged.Any(v => v.Points.Count > 0) ? true
            : null;

        return new ProgressFactValues(making, reports, measurable);
    }

    public static ProgressFactValues ToFacts(IEnumerable<CheckedGoal> checkedGoals) => ToFacts(checkedGoals, []);

    public static ProgressFactValues ToFacts(IEnumerable<ProgressVerdict> verdicts) => ToFacts([], verdicts);
}
