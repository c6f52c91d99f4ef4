using IepNavigator.Dialogs.Understanding;
using IepNavigator.Goals.Facts;
using IepNavigator.Goals.Progress;

namespace IepNavigator.Dialogs.Goals;

/// <summary>
/// From the tracker into the advice: the goals' checks and verdicts become the case facts <c>goalsMeasurable</c>,
/// <c>makingProgress</c> and <c>hasProgressReports</c> (so the knowledge base recommends request-progress-data or
/// request-iep-meeting), and the numbers become the case's <see cref="CaseRecord.ProgressSummary"/> for the letter.
/// </summary>
public sealed class ProgressBridge(ProgressJudge judge, GoalChatContent content, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>The verdict of every goal that has its numbers, in goal order.</summary>
    public IReadOnlyList<(TrackedGoal Goal, GoalProgress Progress, ProgressVerdict Verdict)> Judge(CaseGoals goals)
    {
        ArgumentNullException.ThrowIfNull(goals);
        var today = Today;
        return [.. goals.Goals
            .Select(g => (Goal: g, Progress: g.ToProgress()))
            .Where(g => g.Progress is not null)
            .Select(g => (g.Goal, g.Progress!, judge.Judge(g.Progress!, g.Goal.DataPoints(), today)))];
    }

    /// <summary>Lays what the tracker knows over the case's facts; what it cannot tell leaves the parent's answer alone. Returns what changed.</summary>
    public FactChanges Apply(CaseRecord record, CaseGoals goals)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(goals);
        if (record.Stage is null)
        {
            // Goals to check mean an IEP is in place, even when the parent opened with "check my goals".
            record.SetStage(Stage.IepInPlace);
        }
        var judged = Judge(goals);
        var fromVerdicts = ProgressFacts.ToFacts(judged.Select(j => j.Verdict));
        // goalsMeasurable is about every goal the school wrote: false while any of them is not, whatever one rewrite says.
        var statement = new CaseStatement
        {
            Facts = new CaseFacts
            {
                GoalsMeasurable = goals.SchoolGoalsMeasurable,
                MakingProgress = fromVerdicts.MakingProgress,
                HasProgressReports = fromVerdicts.HasProgressReports,
            },
        };
        var changes = statement.IsEmpty ? FactChanges.None : record.Apply(statement);
        record.ProgressSummary = judged.Count == 0 ? record.ProgressSummary : string.Join(" ", judged.Select(j => Summarize(j.Goal, j.Progress, j.Verdict)));
        return changes;
    }

    /// <summary>One goal's numbers in a sentence a letter can quote.</summary>
    public string Summarize(TrackedGoal goal, GoalProgress progress, ProgressVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(verdict);
        var latest = verdict.Latest is { } point
            ? content.Format("summary.latest", Number(point.Value), progress.Unit, DateText.Long(point.Date), Number(verdict.ExpectedNow))
            : content["summary.noPoints"];
        return content.Format("summary.goal", goal.Number, content["verdict." + verdict.Kind], Number(progress.BaselineValue), progress.Unit,
            DateText.Long(progress.BaselineDate), Number(progress.TargetValue), DateText.Long(progress.EndDate), latest, verdict.Reason.TrimEnd('.'));
    }

    public static string Number(double value) => Math.Round(value, 1).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

}
