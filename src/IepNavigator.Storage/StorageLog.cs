using Microsoft.Extensions.Logging;

namespace IepNavigator.Storage;

/// <summary>Log events of the state stores. Keys and contents are never logged: they identify people.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "{Store} state store ready at schema version {Version} ({Location})")]
    public static partial void StoreReady(ILogger logger, string store, int version, string location);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "{Store} state store migrated from schema version {From} to {To}")]
    public static partial void StoreMigrated(ILogger logger, string store, int from, int to);
}
