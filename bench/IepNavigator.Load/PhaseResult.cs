namespace IepNavigator.Load;

/// <summary>What one measured phase produced: answered turns, errors, and latency percentiles.</summary>
internal sealed record PhaseResult(string Name, int Turns, int Errors, TimeSpan Duration, double P50, double P95, double P99, string ErrorKinds = "")
{
    public double TurnsPerSecond => Turns / Duration.TotalSeconds;

    public static PhaseResult From(string name, IReadOnlyCollection<double> latencies, IReadOnlyDictionary<string, int> errors, TimeSpan duration)
    {
        var sorted = latencies.Order().ToArray();
        var kinds = string.Join(", ", errors.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => FormattableString.Invariant($"{e.Key} x{e.Value}")));
        return new PhaseResult(name, sorted.Length, errors.Values.Sum(), duration, Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), kinds);
    }

    /// <summary>Nearest-rank percentile of sorted values (0 when there are none).</summary>
    private static double Percentile(double[] sorted, double fraction) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];

    public override string ToString() =>
        FormattableString.Invariant($"{Name,-16} turns={Turns,7} errors={Errors,4} turns/s={TurnsPerSecond,8:F1} p50={P50,7:F1}ms p95={P95,7:F1}ms p99={P99,7:F1}ms") + (Errors > 0 ? $" ({ErrorKinds})" : "");
}
