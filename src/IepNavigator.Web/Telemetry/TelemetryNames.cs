namespace IepNavigator.Web.Telemetry;

/// <summary>
/// The project's telemetry convention. Every project names its <see cref="System.Diagnostics.Metrics.Meter"/> and
/// <see cref="System.Diagnostics.ActivitySource"/> "IepNavigator.&lt;Project&gt;" and its instruments "iepnav.*";
/// the host subscribes to "IepNavigator.*", so a new meter needs no change here. Tags are small fixed
/// vocabularies (activity type, channel, format, store): never text, names, ids or dates.
/// </summary>
public static class TelemetryNames
{
    /// <summary>What the host subscribes to (OpenTelemetry accepts the wildcard).</summary>
    public const string Wildcard = "IepNavigator.*";

    public const string HostMeter = "IepNavigator.Host";
    public const string HostActivitySource = "IepNavigator.Host";

    /// <summary>For the knowledge project: a Histogram&lt;double&gt; <see cref="AdviceDuration"/> around IAdvisor.Advise.</summary>
    public const string KnowledgeMeter = "IepNavigator.Knowledge";

    /// <summary>For the storage project: a Counter&lt;long&gt; <see cref="StorageConflicts"/> (tag "provider": sqlite | postgres).</summary>
    public const string StorageMeter = "IepNavigator.Storage";

    /// <summary>Bot turns handled (tags: activity.type, channel, outcome = ok | error).</summary>
    public const string Turns = "iepnav.turns";

    /// <summary>Time of one bot turn, in ms (same tags as <see cref="Turns"/>).</summary>
    public const string TurnDuration = "iepnav.turn.duration";

    /// <summary>Time to compute advice from facts, in ms.</summary>
    public const string AdviceDuration = "iepnav.advice.duration";

    /// <summary>Letters rendered and sent to a parent (tag: format = txt | docx | ics).</summary>
    public const string LettersRendered = "iepnav.letters.rendered";

    /// <summary>Writes refused because another turn changed the item first (ETag mismatch).</summary>
    public const string StorageConflicts = "iepnav.storage.conflicts";
}
