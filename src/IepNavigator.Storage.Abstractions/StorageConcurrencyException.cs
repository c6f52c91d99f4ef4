namespace IepNavigator.Storage;

/// <summary>
/// A write carried an ETag that no longer matches the stored item (someone else saved first, or the
/// item was deleted meanwhile). Nothing from that write was stored; reload the state and try again.
/// </summary>
public sealed class StorageConcurrencyException : InvalidOperationException
{
    public StorageConcurrencyException()
    {
    }

    public StorageConcurrencyException(string message)
        : base(message)
    {
    }

    public StorageConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StorageConcurrencyException(string key, string? expectedETag)
        : base($"State item '{key}' was changed or deleted since it was read (ETag '{expectedETag}' is stale); the write was not applied.")
    {
        Key = key;
        ExpectedETag = expectedETag;
    }

    /// <summary>The state key whose ETag was stale.</summary>
    public string? Key { get; }

    /// <summary>The ETag the writer expected to find.</summary>
    public string? ExpectedETag { get; }
}
