using IepNavigator.Goals.Progress;

namespace IepNavigator.Goals.Tests.Progress;

/// <summary>The trend verdict: on track, behind, no data for a reporting period, too few points.</summary>
public class ProgressJudgeTests
{
    private static readonly ProgressJudge Judge = new();

    // Reading fluency: 45 wcpm on Sept 8, 2026; 90 wcpm by May 28, 2027.
    internal static readonly GoalProgress Fluency = new("goal-1", "wcpm", 45, new DateOnly(2026, 9, 8), 90, new DateOnly(2027, 5, 28));

    // Elopement: 6 incidents a week in September; 1 a week by June 2027 (lower is better).
    private static readonly GoalProgress Incidents = new("goal-2", "incidents per week", 6, new DateOnly(2026, 9, 8), 1, new DateOnly(2027, 6, 4), ProgressDirection.LowerIsBetter);

    private static readonly DateOnly Today = new(2026, 11, 20);

    internal static List<DataPoint> Points(DateOnly first, int everyDays, params double[] values) =>
        values.Select((v, i) => new DataPoint(first.AddDays(i * everyDays), v, DataSource.ProgressReport)).ToList();

    [Fact]
    public void Judge_PointsOnTheAimLine_IsOnTrackAndProjectsTheTarget()
    {
        var dates = new[] { 14, 28, 42, 56, 70 }.Select(d => Fluency.BaselineDate.AddDays(d));
        var points = dates.Select(d => new DataPoint(d, Fluency.AimAt(d), DataSource.ProgressReport)).ToList();

        var verdict = Judge.Judge(Fluency, points, Today);

        Assert.Equal(VerdictKind.OnTrack, verdict.Kind);
        Assert.Equal(Fluency.TargetValue, verdict.ProjectedAtEnd!.Value, precision: 6);
        Assert.Equal(Fluency.AimPerWeek, verdict.Trend!.PerWeek, precision: 6);
    }

    [Fact]
    public void Judge_SteepRise_IsOnTrack()
    {
        var verdict = Judge.Judge(Fluency, Points(new DateOnly(2026, 9, 22), 14, 48, 52, 55, 59, 62), Today);

        Assert.Equal(VerdictKind.OnTrack, verdict.Kind);
        Assert.Equal("on-track", verdict.ReasonCode);
        Assert.True(verdict.ProjectedAtEnd > Fluency.TargetValue);
    }

    [Fact]
    public void Judge_SlowRise_IsBehindAndSaysTheNumbers()
    {
        var points = Points(new DateOnly(2026, 9, 22), 14, 46, 47, 47, 48, 49);

        var verdict = Judge.Judge(Fluency, points, Today);

        Assert.Equal(VerdictKind.Behind, verdict.Kind);
        Assert.True(verdict.ProjectedAtEnd < Fluency.TargetValue);
        Assert.True(verdict.Trend!.PerWeek < verdict.AimPerWeek);
        Assert.Contains("49", verdict.Reason, StringComparison.Ordinal);
        Assert.Contains("90 wcpm", verdict.Reason, StringComparison.Ordinal);
        Assert.Contains(((int)Math.Round(Fluency.AimAt(Today))).ToString(System.Globalization.CultureInfo.InvariantCulture), verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_FlatData_IsBehindWithAFlatTrend()
    {
        var verdict = Judge.Judge(Fluency, Points(new DateOnly(2026, 9, 22), 14, 50, 50, 50, 50), Today);

        Assert.Equal(VerdictKind.Behind, verdict.Kind);
        Assert.Equal(0, verdict.Trend!.SlopePerDay, precision: 9);
        Assert.Equal(50, verdict.ProjectedAtEnd!.Value, precision: 6);
    }

    [Fact]
    public void Judge_PointsOutOfOrder_GiveTheSameVerdictAsInOrder()
    {
        var ordered = Points(new DateOnly(2026, 9, 22), 14, 46, 47, 47, 48, 49);
        var shuffled = new[] { ordered[3], ordered[0], ordered[4], ordered[2], ordered[1] };

        var a = Judge.Judge(Fluency, ordered, Today);
        var b = Judge.Judge(Fluency, shuffled, Today);

        Assert.Equal(a.Kind, b.Kind);
        Assert.Equal(a.ProjectedAtEnd!.Value, b.ProjectedAtEnd!.Value, precision: 9);
        Assert.Equal(ordered, b.Points);
        Assert.Equal(49, b.Latest!.Value);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Judge_FewerThanTheMinimumPoints_IsTooFewPoints(int count)
    {
        var points = Points(new DateOnly(2026, 10, 20), 14, 50, 55).Take(count);

        var verdict = Judge.Judge(Fluency, points, Today);

        Assert.Equal(VerdictKind.TooFewPoints, verdict.Kind);
        Assert.Null(verdict.Trend);
        Assert.Null(verdict.ProjectedAtEnd);
        Assert.False(verdict.MissedReportingPeriod);
        Assert.False(string.IsNullOrWhiteSpace(verdict.Reason));
    }

    [Fact]
    public void Judge_ManyPointsOnOneDay_IsTooFewPoints()
    {
        var day = new DateOnly(2026, 11, 2);
        var points = new[] { 50.0, 52, 54, 51 }.Select(v => new DataPoint(day, v, DataSource.WorkSample));

        var verdict = Judge.Judge(Fluency, points, Today);

        Assert.Equal(VerdictKind.TooFewPoints, verdict.Kind);
        Assert.Equal("too-few-behind", verdict.ReasonCode);
        Assert.Equal(VerdictKind.Behind, verdict.Leaning);
        Assert.Contains(Judge.MinimumPoints.ToString(System.Globalization.CultureInfo.InvariantCulture), verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_BaselineAndTwoReadingsBelowTheAimLine_SaysLeaningBehindWithTheNumbersFirst()
    {
        // The parent's case from issue 23: 30 in September, 32 in October, 33 in November, aiming for 90 by late May.
        var goal = new GoalProgress("goal-1", "words correct per minute", 30, new DateOnly(2026, 9, 1), 90, new DateOnly(2027, 5, 28));
        var points = new[] { new DataPoint(new DateOnly(2026, 10, 1), 32, DataSource.ProgressReport), new DataPoint(new DateOnly(2026, 11, 5), 33, DataSource.ParentObservation) };

        var verdict = Judge.Judge(goal, points, new DateOnly(2026, 11, 10));

        Assert.Equal(VerdictKind.TooFewPoints, verdict.Kind);
        Assert.Equal(VerdictKind.Behind, verdict.Leaning);
        var first = verdict.Reason[..verdict.Reason.IndexOf(". ", StringComparison.Ordinal)];
        Assert.StartsWith("Leaning behind, but only 2 points so far, so I can't be sure:", first, StringComparison.Ordinal);
        Assert.Contains("the aim line expects 45.6 words correct per minute by now; the latest is 33 (November 5, 2026), when the aim line expected 44.5", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_OneReadingAheadOfTheAimLineWhenMeasured_LeansOnTrack_ThoughTodaysAimIsHigher()
    {
        // Measured in October at 52 percent when the aim line stood at 44.4; in December the aim line is at 54.1.
        // Against today's aim this old reading would look behind; on its own day it is ahead.
        var goal = new GoalProgress("goal-3", "percent correct", 40, new DateOnly(2026, 9, 1), 80, new DateOnly(2027, 6, 1));
        var verdict = Judge.Judge(goal, [new DataPoint(new DateOnly(2026, 10, 1), 52, DataSource.WorkSample)], new DateOnly(2026, 12, 6));

        Assert.Equal(VerdictKind.TooFewPoints, verdict.Kind);
        Assert.Equal(VerdictKind.OnTrack, verdict.Leaning);
        Assert.Equal("too-few-on-track", verdict.ReasonCode);
        Assert.StartsWith("Leaning on track, but only 1 point so far, so I can't be sure: the aim line expects 54.1 percent correct by now; the latest is 52 (October 1, 2026), when the aim line expected 44.4.", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_OneReadingBelowTheAimLineWhenMeasured_LeansBehind()
    {
        var goal = new GoalProgress("goal-3", "percent correct", 40, new DateOnly(2026, 9, 1), 80, new DateOnly(2027, 6, 1));
        var verdict = Judge.Judge(goal, [new DataPoint(new DateOnly(2026, 10, 1), 41, DataSource.WorkSample)], new DateOnly(2026, 12, 6));

        Assert.Equal(VerdictKind.Behind, verdict.Leaning);
        Assert.Contains("the latest is 41 (October 1, 2026), when the aim line expected 44.4.", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_OneReadingAboveTheAimLine_LeansOnTrack()
    {
        var verdict = Judge.Judge(Fluency, [new DataPoint(new DateOnly(2026, 11, 2), 70, DataSource.WorkSample)], Today);

        Assert.Equal(VerdictKind.TooFewPoints, verdict.Kind);
        Assert.Equal(VerdictKind.OnTrack, verdict.Leaning);
        Assert.StartsWith("Leaning on track, but only 1 point so far", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_Behind_SaysTheAimLineAndTheLatestInTheFirstSentence()
    {
        var points = Points(new DateOnly(2026, 9, 22), 14, 46, 47, 49, 50, 52);

        var verdict = Judge.Judge(Fluency, points, Today);

        Assert.Equal(VerdictKind.Behind, verdict.Kind);
        Assert.Null(verdict.Leaning);
        Assert.StartsWith("Behind: the aim line expects 57.5 wcpm by now; the latest point is 52 (November 17, 2026).", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_NoPointInTheLastReportingPeriod_IsNoDataEvenWithAGoodTrend()
    {
        var points = Points(new DateOnly(2026, 9, 15), 7, 48, 52, 56);
        var today = new DateOnly(2027, 1, 20);

        var verdict = Judge.Judge(Fluency, points, today);

        Assert.Equal(VerdictKind.NoData, verdict.Kind);
        Assert.Equal("no-data", verdict.ReasonCode);
        Assert.True(verdict.MissedReportingPeriod);
        Assert.Contains("September 29, 2026", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_NothingSinceABaselineLongAgo_IsNoData()
    {
        var verdict = Judge.Judge(Fluency, [], new DateOnly(2027, 1, 20));

        Assert.Equal(VerdictKind.NoData, verdict.Kind);
        Assert.Equal("no-points", verdict.ReasonCode);
        Assert.Null(verdict.Latest);
    }

    [Fact]
    public void Judge_ShorterReportingPeriod_FlagsAGapSooner()
    {
        var points = Points(new DateOnly(2026, 9, 22), 14, 48, 52, 55);

        Assert.NotEqual(VerdictKind.NoData, Judge.Judge(Fluency, points, Today).Kind);
        Assert.Equal(VerdictKind.NoData, Judge.Judge(Fluency, points, Today, reportingPeriodDays: 30).Kind);
    }

    [Fact]
    public void Judge_PointsBeforeTheBaselineOrAfterToday_AreLeftOut()
    {
        var points = Points(new DateOnly(2026, 9, 22), 14, 46, 47, 47, 48, 49);
        points.Add(new DataPoint(new DateOnly(2026, 5, 1), 10, DataSource.ProgressReport));
        points.Add(new DataPoint(new DateOnly(2027, 3, 1), 99, DataSource.ParentObservation));

        var verdict = Judge.Judge(Fluency, points, Today);

        Assert.Equal(5, verdict.Points.Count);
        Assert.Equal(VerdictKind.Behind, verdict.Kind);
    }

    [Fact]
    public void Judge_LowerIsBetter_FastDropIsOnTrack()
    {
        var verdict = Judge.Judge(Incidents, Points(new DateOnly(2026, 9, 22), 14, 6, 5, 4, 4, 3), Today);

        Assert.Equal(VerdictKind.OnTrack, verdict.Kind);
        Assert.True(verdict.Trend!.SlopePerDay < 0);
        Assert.True(verdict.AimPerWeek < 0);
    }

    [Theory]
    [InlineData(6, 6, 5.5, 6, 6)]
    [InlineData(5, 6, 6, 7, 8)]
    public void Judge_LowerIsBetter_SlowDropOrRiseIsBehind(double a, double b, double c, double d, double e)
    {
        var verdict = Judge.Judge(Incidents, Points(new DateOnly(2026, 9, 22), 14, a, b, c, d, e), Today);

        Assert.Equal(VerdictKind.Behind, verdict.Kind);
        Assert.True(verdict.ProjectedAtEnd > Incidents.TargetValue);
    }

    [Fact]
    public void Judge_ExpectedNow_IsTheAimLineToday()
    {
        var verdict = Judge.Judge(Fluency, Points(new DateOnly(2026, 9, 22), 14, 46, 47, 48), Today);

        double share = (double)(Today.DayNumber - Fluency.BaselineDate.DayNumber) / (Fluency.EndDate.DayNumber - Fluency.BaselineDate.DayNumber);
        Assert.Equal(45 + 45 * share, verdict.ExpectedNow, precision: 9);
    }

    [Theory]
    [InlineData(45, 90, 2027, 5, 28, ProgressDirection.LowerIsBetter)]
    [InlineData(6, 1, 2027, 5, 28, ProgressDirection.HigherIsBetter)]
    [InlineData(45, 45, 2027, 5, 28, ProgressDirection.HigherIsBetter)]
    [InlineData(45, 90, 2026, 9, 1, ProgressDirection.HigherIsBetter)]
    public void Judge_ImpossibleGoal_Throws(double baseline, double target, int year, int month, int day, ProgressDirection direction)
    {
        var goal = new GoalProgress("bad", "x", baseline, new DateOnly(2026, 9, 8), target, new DateOnly(year, month, day), direction);

        Assert.Throws<ArgumentException>(() => Judge.Judge(goal, [], Today));
    }
}
