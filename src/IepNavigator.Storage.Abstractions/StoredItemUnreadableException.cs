namespace IepNavigator.Storage;

/// <summary>
/// A stored row cannot be decrypted with the key ring (tampered, copied from another key, or the keys were lost)
/// or is not a readable JSON object (hand-edited, truncated, or written by something else).
/// Reads fail loudly instead of returning nothing, because Bot Framework would treat a missing item as new
/// state and overwrite what is left of the old one.
/// </summary>
public sealed class StoredItemUnreadableException : Exception
{
    public StoredItemUnreadableException()
    {
    }

    public StoredItemUnreadableException(string message)
        : base(message)
    {
    }

    public StoredItemUnreadableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StoredItemUnreadableException(string key, string storeName, Exception? innerException)
        : base($"State item '{key}' in the {storeName} store cannot be decrypted or is not a readable JSON object. "
            + "Restore it from a backup or delete the key; its content was not logged.", innerException)
    {
        Key = key;
    }

    /// <summary>The state key of the unreadable row.</summary>
    public string? Key { get; }
}
