namespace IepNavigator.Goals.Content;

/// <summary>phrases.json: the progress tracker's sentences, chart labels and date formats.</summary>
internal sealed record PhrasesDocument
{
    public Dictionary<string, string> Verdicts { get; init; } = [];
    public Dictionary<string, string> VerdictNames { get; init; } = [];
    public Dictionary<string, string> Sources { get; init; } = [];
    public Dictionary<string, string> Chart { get; init; } = [];
    public Dictionary<string, string> Describe { get; init; } = [];
    /// <summary>"one" and "other": how a number of data points is said.</summary>
    public Dictionary<string, string> PointCount { get; init; } = [];
    public string ShortDate { get; init; } = "MMM d";
    public string LongDate { get; init; } = "MMMM d, yyyy";
    public string AxisDate { get; init; } = "MMM yyyy";
}

/// <summary>tracking.json: the numbers of the progress judgement (from practice, tunable).</summary>
internal sealed record TrackingDocument
{
    public int MinimumPoints { get; init; } = 3;
    public double OnTrackTolerance { get; init; } = 0.05;
}
