using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace IepNavigator.Web.Telemetry;

/// <summary>The host's own instruments (meter "IepNavigator.Host"). Tags come only from fixed vocabularies.</summary>
public sealed class HostMetrics
{
    private readonly Counter<long> turns;
    private readonly Histogram<double> turnDuration;
    private readonly Histogram<double> adviceDuration;
    private readonly Counter<long> lettersRendered;

    public HostMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(TelemetryNames.HostMeter);
        turns = meter.CreateCounter<long>(TelemetryNames.Turns, unit: "{turn}", description: "Bot turns handled.");
        turnDuration = meter.CreateHistogram<double>(TelemetryNames.TurnDuration, unit: "ms", description: "Time of one bot turn.");
        adviceDuration = meter.CreateHistogram<double>(TelemetryNames.AdviceDuration, unit: "ms", description: "Time to compute advice from facts.");
        lettersRendered = meter.CreateCounter<long>(TelemetryNames.LettersRendered, unit: "{letter}", description: "Letters rendered for a parent.");
    }

    public void TurnCompleted(string activityType, string channel, bool succeeded, TimeSpan elapsed)
    {
        var tags = new TagList
        {
            { "activity.type", activityType },
            { "channel", channel },
            { "outcome", succeeded ? "ok" : "error" },
        };
        turns.Add(1, tags);
        turnDuration.Record(elapsed.TotalMilliseconds, tags);
    }

    public void AdviceComputed(TimeSpan elapsed) => adviceDuration.Record(elapsed.TotalMilliseconds);

    public void LetterRendered(string format) => lettersRendered.Add(1, new KeyValuePair<string, object?>("format", format));
}
