namespace IepNavigator.Goals.Progress;

/// <summary>Ordinary least squares over (day, value): the trend of the data points.</summary>
internal static class TrendFit
{
    /// <summary>The fitted line, or null when all points share one date (no slope can be measured).</summary>
    public static TrendLine? Fit(IReadOnlyList<DataPoint> points, DateOnly origin)
    {
        if (points.Count < 2)
        {
            return null;
        }
        double meanX = points.Average(p => (double)(p.Date.DayNumber - origin.DayNumber));
        double meanY = points.Average(p => p.Value);
        double sxx = 0, sxy = 0;
        foreach (var p in points)
        {
            double dx = p.Date.DayNumber - origin.DayNumber - meanX;
            sxx += dx * dx;
            sxy += dx * (p.Value - meanY);
        }
        if (sxx == 0)
        {
            return null;
        }
        double slope = sxy / sxx;
        return new TrendLine(origin, meanY - slope * meanX, slope);
    }
}
