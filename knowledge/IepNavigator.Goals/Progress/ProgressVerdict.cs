namespace IepNavigator.Goals.Progress;

/// <summary>The tracker's answer for one goal.</summary>
public enum VerdictKind
{
    /// <summary>The trend of the data reaches the target by the end date.</summary>
    OnTrack,
    /// <summary>The trend falls short of the target by the end date.</summary>
    Behind,
    /// <summary>No data point in the last reporting period.</summary>
    NoData,
    /// <summary>Some data, but not enough points on different dates to see a trend.</summary>
    TooFewPoints,
}

/// <summary>The least-squares line through the data points: its value on <see cref="Origin"/> and its change per day.</summary>
public sealed record TrendLine(DateOnly Origin, double ValueAtOrigin, double SlopePerDay)
{
    public double ValueAt(DateOnly date) => ValueAtOrigin + SlopePerDay * (date.DayNumber - Origin.DayNumber);

    public double PerWeek => SlopePerDay * 7;
}

/// <summary>
/// The verdict on one goal, with the numbers behind it (for the chart, the screen-reader summary and the letter).
/// </summary>
public sealed record ProgressVerdict
{
    public required string GoalId { get; init; }
    public required VerdictKind Kind { get; init; }
    /// <summary>Stable key of the reason (phrases.json verdicts): on-track, behind, no-data, no-points, too-few-behind, too-few-on-track, too-early (too-few-points is kept for content written before the leaning).</summary>
    public required string ReasonCode { get; init; }
    /// <summary>The reason in one or two plain sentences, with the numbers.</summary>
    public required string Reason { get; init; }
    public required DateOnly Today { get; init; }
    /// <summary>The points judged: dated from the baseline to today, in date order.</summary>
    public required IReadOnlyList<DataPoint> Points { get; init; }
    /// <summary>Where the aim line is today.</summary>
    public required double ExpectedNow { get; init; }
    public required double AimPerWeek { get; init; }
    /// <summary>The fitted line, when there were enough points.</summary>
    public TrendLine? Trend { get; init; }
    /// <summary>The trend's value on the goal's end date, when there is a trend.</summary>
    public double? ProjectedAtEnd { get; init; }
    /// <summary>
    /// With too few points for a trend: which way the latest point leans against the aim line today (on track or
    /// behind), said with how little it rests on; null without a point or with a trend.
    /// </summary>
    public VerdictKind? Leaning { get; init; }
    /// <summary>True when no point falls in the last reporting period ("no data for a reporting period").</summary>
    public required bool MissedReportingPeriod { get; init; }

    public DataPoint? Latest => Points.Count > 0 ? Points[^1] : null;
}
