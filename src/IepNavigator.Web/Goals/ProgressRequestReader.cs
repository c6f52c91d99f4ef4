using IepNavigator.Goals.Progress;
using IepNavigator.Web.Api;

namespace IepNavigator.Web.Goals;

/// <summary>Turns a <see cref="ProgressRequest"/> into the judge's types, or says which field is wrong.</summary>
public static class ProgressRequestReader
{
    /// <summary>More points than a school year of weekly probes several times over; more is not a real log.</summary>
    public const int MaxPoints = 500;

    /// <summary>
    /// Larger than any score, count or percentage a goal measures. Beyond it (up to ±1.7e308) the aim line's slope
    /// and the chart's axes overflow to infinity, which is a 400 here rather than a 500 later.
    /// </summary>
    public const double MaxMagnitude = 1e9;

    public sealed record Reading(GoalProgress? Goal, IReadOnlyList<DataPoint> Points, DateOnly Today, int ReportingPeriodDays, string? Field, string? Problem);

    public static Reading Read(ProgressRequest request, DateOnly serverToday)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = request.Today ?? serverToday;
        var period = request.ReportingPeriodDays ?? 90;
        if (request.Goal is not { } body)
        {
            return Fail("goal", "The goal is missing: give its unit, baselineValue, baselineDate, targetValue and endDate.", today, period);
        }
        var missing = new (string Name, bool Present)[]
        {
            ("goal.unit", !string.IsNullOrWhiteSpace(body.Unit)),
            ("goal.baselineValue", body.BaselineValue is not null),
            ("goal.baselineDate", body.BaselineDate is not null),
            ("goal.targetValue", body.TargetValue is not null),
            ("goal.endDate", body.EndDate is not null),
        }.FirstOrDefault(f => !f.Present).Name;
        if (missing is not null)
        {
            return Fail(missing, $"The field '{missing}' is required.", today, period);
        }
        if (period is < 1 or > 366)
        {
            return Fail("reportingPeriodDays", "reportingPeriodDays must be between 1 and 366.", today, period);
        }
        var outOfRange = new (string Name, DateOnly? Date)[] { ("today", today), ("goal.baselineDate", body.BaselineDate), ("goal.endDate", body.EndDate) }
            .FirstOrDefault(d => d.Date is { } date && !RequestDates.IsPlausible(date)).Name;
        if (outOfRange is not null)
        {
            return Fail(outOfRange, RequestDates.Problem(outOfRange), today, period);
        }
        var huge = new (string Name, double Value)[] { ("goal.baselineValue", body.BaselineValue!.Value), ("goal.targetValue", body.TargetValue!.Value) }
            .FirstOrDefault(v => !IsMeasurement(v.Value)).Name;
        if (huge is not null)
        {
            return Fail(huge, FormattableString.Invariant($"'{huge}' must be a number between -{MaxMagnitude:0} and {MaxMagnitude:0}."), today, period);
        }
        var points = request.Points ?? [];
        if (points.Count > MaxPoints)
        {
            return Fail("points", $"At most {MaxPoints} points can be judged at once.", today, period);
        }
        var index = points.ToList().FindIndex(p => p is null || p.Date is null || p.Value is null || !IsMeasurement(p.Value.Value) || !RequestDates.IsPlausible(p.Date.Value));
        if (index >= 0)
        {
            return Fail("points", FormattableString.Invariant(
                $"Point {index + 1} needs a date between {RequestDates.Earliest:yyyy-MM-dd} and {RequestDates.Latest:yyyy-MM-dd} and a number value between -{MaxMagnitude:0} and {MaxMagnitude:0}."), today, period);
        }
        var goal = new GoalProgress("goal", body.Unit!.Trim(), body.BaselineValue!.Value, body.BaselineDate!.Value, body.TargetValue!.Value, body.EndDate!.Value, body.Direction);
        try
        {
            goal.Validate();
        }
        catch (ArgumentException)
        {
            return Fail("goal", "The goal cannot be judged: the end date must come after the baseline date, and the target must be on the better side of the baseline for its direction.", today, period);
        }
        return new Reading(goal, [.. points.Select(p => new DataPoint(p.Date!.Value, p.Value!.Value, p.Source))], today, period, null, null);
    }

    private static bool IsMeasurement(double value) => double.IsFinite(value) && Math.Abs(value) <= MaxMagnitude;

    private static Reading Fail(string field, string problem, DateOnly today, int period) => new(null, [], today, period, field, problem);
}
