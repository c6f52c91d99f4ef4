namespace IepNavigator.Triage.Store;

/// <summary>How triage rows spell ids and times on both providers (ids as 32 hex digits, times as Unix milliseconds).</summary>
internal static class SqlText
{
    public static string Id(Guid id) => id.ToString("N");

    public static long Millis(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static DateTimeOffset Time(long millis) => DateTimeOffset.FromUnixTimeMilliseconds(millis);
}
