using System.Diagnostics.Metrics;

namespace IepNavigator.Storage;

/// <summary>
/// The storage project's meter (the host subscribes to "IepNavigator.*"). Tags come from a fixed vocabulary:
/// the provider only, never keys or contents.
/// </summary>
internal static class StorageMetrics
{
    public const string MeterName = "IepNavigator.Storage";
    public const string ConflictsName = "iepnav.storage.conflicts";
    public const string ProviderTag = "provider";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Writes refused because another turn changed or deleted the item first (tag provider = sqlite | postgres).</summary>
    private static readonly Counter<long> Conflicts = Meter.CreateCounter<long>(
        ConflictsName, unit: "{conflict}", description: "State writes refused because the item's ETag had changed.");

    public static void Conflict(string provider) => Conflicts.Add(1, new KeyValuePair<string, object?>(ProviderTag, provider));
}
