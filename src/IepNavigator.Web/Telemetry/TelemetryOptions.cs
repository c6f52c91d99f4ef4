namespace IepNavigator.Web.Telemetry;

/// <summary>The "Telemetry" configuration section.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>
    /// Where to send traces and metrics over OTLP (e.g. http://localhost:4317). Empty (the default): nothing leaves
    /// the process. The standard OTEL_EXPORTER_OTLP_* variables refine the exporter once this is set.
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>service.name of every span and metric.</summary>
    public string ServiceName { get; set; } = "iep-navigator";
}
