using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using OpenTelemetry;

namespace IepNavigator.Hostile.Tests;

/// <summary>
/// Everything the host's telemetry would send: finished spans as the exporter gets them (after the host's
/// processors), and every measurement of the host's meters with its tags.
/// </summary>
public sealed class TelemetryCapture : BaseExporter<Activity>
{
    private readonly MeterListener meterListener = new();

    public ConcurrentQueue<Activity> Spans { get; } = new();
    public ConcurrentQueue<(string Instrument, string Tags)> Measurements { get; } = new();

    /// <summary>
    /// Starts listening to the meters of one host (those its <see cref="IMeterFactory"/> made): other tests' hosts
    /// run in the same process at the same time.
    /// </summary>
    public void ListenTo(IMeterFactory hostMeters)
    {
        meterListener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, hostMeters)
                && (instrument.Meter.Name.StartsWith("IepNavigator", StringComparison.Ordinal)
                    || instrument.Meter.Name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        meterListener.SetMeasurementEventCallback<long>((instrument, _, tags, _) => Record(instrument, tags));
        meterListener.SetMeasurementEventCallback<double>((instrument, _, tags, _) => Record(instrument, tags));
        meterListener.SetMeasurementEventCallback<int>((instrument, _, tags, _) => Record(instrument, tags));
        meterListener.Start();
    }

    public override ExportResult Export(in Batch<Activity> batch)
    {
        foreach (var span in batch)
        {
            Spans.Enqueue(span);
        }
        return ExportResult.Success;
    }

    /// <summary>
    /// Waits until a span matching <paramref name="match"/> is exported. ASP.NET Core stops a request's span after the
    /// response is written, so a client can hold the response before its span ends; disposing the host in that gap loses it.
    /// </summary>
    public async Task<bool> WaitForSpanAsync(Func<Activity, bool> match)
    {
        for (var attempt = 0; attempt < 200; attempt++) // up to about ten seconds
        {
            if (Spans.Any(match))
            {
                return true;
            }
            await Task.Delay(50);
        }
        return false;
    }

    /// <summary>Every string a span or measurement carries: names, tag values, event names and tags.</summary>
    public IEnumerable<string> AllTexts()
    {
        foreach (var span in Spans)
        {
            yield return span.DisplayName;
            yield return span.StatusDescription ?? string.Empty;
            foreach (var tag in span.TagObjects)
            {
                yield return $"{tag.Key}={tag.Value}";
            }
            foreach (var spanEvent in span.Events)
            {
                yield return spanEvent.Name + " " + string.Join(" ", spanEvent.Tags.Select(t => $"{t.Key}={t.Value}"));
            }
        }
        foreach (var (instrument, tags) in Measurements)
        {
            yield return instrument + " " + tags;
        }
    }

    private void Record(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var text = new List<string>(tags.Length);
        foreach (var tag in tags)
        {
            text.Add($"{tag.Key}={tag.Value}");
        }
        Measurements.Enqueue((instrument.Name, string.Join(" ", text)));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            meterListener.Dispose();
        }
        base.Dispose(disposing);
    }
}
