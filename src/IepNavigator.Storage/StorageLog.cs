using Microsoft.Extensions.Logging;

namespace IepNavigator.Storage;

/// <summary>Log events of the state stores. Keys and contents are never logged: they identify people.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "{Store} state store ready at schema version {Version} ({Location})")]
    public static partial void StoreReady(ILogger logger, string store, int version, string location);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "{Store} state store migrated from schema version {From} to {To}")]
    public static partial void StoreMigrated(ILogger logger, string store, int from, int to);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Data Protection key ring in {Location}, keys encrypted with the configured certificate")]
    public static partial void KeyRingReady(ILogger logger, string location);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning,
        Message = "Data Protection keys in {Location} are not encrypted at rest; set DataProtection:CertificatePath (a .pfx file) to encrypt them")]
    public static partial void KeysNotEncrypted(ILogger logger, string location);
}
