using IepNavigator.Goals.Content;

namespace IepNavigator.Goals.Progress;

/// <summary>
/// Judges one goal's progress: no data in the last reporting period → NoData; too few points → TooFewPoints;
/// otherwise the least-squares trend of the points is projected to the goal's end date and compared with the
/// target (the end of the aim line from baseline to target): reaching it → OnTrack, falling short → Behind.
/// Pure: the caller passes today's date.
/// </summary>
public sealed class ProgressJudge
{
    private static PhrasesDocument phrases => GoalsContent.Phrases;
    private readonly TrackingDocument tracking = GoalsContent.Tracking;

    /// <summary>How many points on different dates a trend needs (tracking.json).</summary>
    public int MinimumPoints => tracking.MinimumPoints;

    public ProgressVerdict Judge(GoalProgress goal, IEnumerable<DataPoint> points, DateOnly today, int reportingPeriodDays = 90)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(reportingPeriodDays);
        goal.Validate();

        // Points before the baseline belong to an older goal; points after today are typing mistakes.
        var judged = points.Where(p => p.Date >= goal.BaselineDate && p.Date <= today).OrderBy(p => p.Date).ToList();
        var lastEvidence = judged.Count > 0 ? judged[^1].Date : goal.BaselineDate;
        bool missed = today.DayNumber - lastEvidence.DayNumber > reportingPeriodDays;
        var trend = judged.Select(p => p.Date).Distinct().Count() >= tracking.MinimumPoints
            ? TrendFit.Fit(judged, goal.BaselineDate)
            : null;
        double? projected = trend?.ValueAt(goal.EndDate);

        double expectedNow = goal.AimAt(today);
        // Too few points for a trend still lean one way: the latest point against the aim line on the day it was
        // measured (against today's aim value, a point from weeks ago would always look behind).
        double? expectedThen = judged.Count > 0 ? goal.AimAt(judged[^1].Date) : null;
        VerdictKind? leaning = !missed && judged.Count > 0 && trend is null
            ? (AtOrBetter(goal, judged[^1].Value, expectedThen!.Value) ? VerdictKind.OnTrack : VerdictKind.Behind)
            : null;
        var (kind, code) = (missed, judged.Count, trend, projected) switch
        {
            (true, 0, _, _) => (VerdictKind.NoData, "no-points"),
            (true, _, _, _) => (VerdictKind.NoData, "no-data"),
            (false, 0, _, _) => (VerdictKind.TooFewPoints, "too-early"),
            (false, _, null, _) => (VerdictKind.TooFewPoints, leaning == VerdictKind.Behind ? "too-few-behind" : "too-few-on-track"),
            _ => Reaches(goal, projected!.Value) ? (VerdictKind.OnTrack, "on-track") : (VerdictKind.Behind, "behind"),
        };

        var values = new Dictionary<string, string>
        {
            ["target"] = PlainNumbers.Format(goal.TargetValue),
            ["unit"] = goal.Unit,
            ["endDate"] = PlainNumbers.Format(goal.EndDate, phrases.LongDate),
            ["baselineDate"] = PlainNumbers.Format(goal.BaselineDate, phrases.LongDate),
            ["projected"] = projected is { } p ? PlainNumbers.Format(p) : "",
            ["expected"] = PlainNumbers.Format(expectedNow),
            ["latest"] = judged.Count > 0 ? PlainNumbers.Format(judged[^1].Value) : "",
            ["lastDate"] = PlainNumbers.Format(lastEvidence, phrases.LongDate),
            ["period"] = reportingPeriodDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["count"] = judged.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["points"] = PointCount(judged.Count),
            ["expectedThen"] = expectedThen is { } then ? PlainNumbers.Format(then) : "",
            ["minimum"] = tracking.MinimumPoints.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["baseline"] = PlainNumbers.Format(goal.BaselineValue),
        };
        return new ProgressVerdict
        {
            GoalId = goal.GoalId,
            Kind = kind,
            ReasonCode = code,
            Reason = Slots.Fill(phrases.Verdicts[code], values),
            Today = today,
            Points = judged,
            ExpectedNow = expectedNow,
            Leaning = leaning,
            AimPerWeek = goal.AimPerWeek,
            Trend = trend,
            ProjectedAtEnd = projected,
            MissedReportingPeriod = missed,
        };
    }

    /// <summary>"1 point", "2 points" in the parent's language.</summary>
    internal static string PointCount(int count) =>
        Slots.Fill(phrases.PointCount[count == 1 ? "one" : "other"],
            new Dictionary<string, string> { ["count"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    /// <summary>Whether <paramref name="value"/> is at or on the better side of <paramref name="expected"/>, allowing the same small share as noise.</summary>
    private bool AtOrBetter(GoalProgress goal, double value, double expected)
    {
        double slack = tracking.OnTrackTolerance * Math.Abs(goal.TargetValue - goal.BaselineValue);
        return goal.Direction == ProgressDirection.HigherIsBetter ? value >= expected - slack : value <= expected + slack;
    }

    /// <summary>Whether the projected end value reaches the target, allowing a small share of the distance as noise.</summary>
    private bool Reaches(GoalProgress goal, double projected)
    {
        double slack = tracking.OnTrackTolerance * Math.Abs(goal.TargetValue - goal.BaselineValue);
        return goal.Direction == ProgressDirection.HigherIsBetter
            ? projected >= goal.TargetValue - slack
            : projected <= goal.TargetValue + slack;
    }
}
