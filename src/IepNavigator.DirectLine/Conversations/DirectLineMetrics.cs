using System.Diagnostics.Metrics;

namespace IepNavigator.DirectLine.Conversations;

/// <summary>
/// Where a pushed activity's time goes, for operators and bench/push (the host subscribes to "IepNavigator.*";
/// `dotnet-counters monitor --counters IepNavigator.DirectLine` shows percentiles). Tags come from a fixed vocabulary:
/// no ids, no content. Delays from another instance's stamp assume the instances' clocks agree (one machine in the
/// bench); the append's own duration does not.
/// </summary>
internal static class DirectLineMetrics
{
    public const string MeterName = "IepNavigator.DirectLine";
    public const string OriginTag = "origin";
    public const string Local = "local";
    public const string OtherInstance = "other_instance";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Histogram<double> Append = Meter.CreateHistogram<double>(
        "iepnav.directline.append.duration", unit: "ms", description: "Recording one activity in the conversation log (the store's round trips).");

    private static readonly Histogram<double> Notice = Meter.CreateHistogram<double>(
        "iepnav.directline.notice.delay", unit: "ms", description: "From an activity's stamp on another instance to its notice read here (commit and NOTIFY).");

    private static readonly Histogram<double> Push = Meter.CreateHistogram<double>(
        "iepnav.directline.push.delay", unit: "ms", description: "From an activity's stamp to its frame written to an open WebSocket (tag origin: local | other_instance).");

    public static void Appended(TimeSpan elapsed) => Append.Record(elapsed.TotalMilliseconds);

    public static void NoticeRead(TimeSpan sinceStamp) => Notice.Record(sinceStamp.TotalMilliseconds);

    public static void Pushed(TimeSpan sinceStamp, bool fromOtherInstance) =>
        Push.Record(sinceStamp.TotalMilliseconds, new KeyValuePair<string, object?>(OriginTag, fromOtherInstance ? OtherInstance : Local));
}
