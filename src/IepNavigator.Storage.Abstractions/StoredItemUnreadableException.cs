namespace IepNavigator.Storage;

/// <summary>
/// A stored item cannot be opened: a state row that cannot be decrypted with the key ring (tampered, copied from another
/// key, or the keys were lost) or is not a readable JSON object (hand-edited, truncated, or written by something else);
/// or a protected row of another table (the triage packets, notes and outbox: <see cref="Row"/>; a reminder's payload:
/// <see cref="Reminder"/>).
/// Reads fail loudly instead of returning nothing, because Bot Framework would treat a missing item as new
/// state and overwrite what is left of the old one. The message names the table and the key, never the content.
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

    /// <summary>A state item of the store named <paramref name="storeName"/>.</summary>
    public StoredItemUnreadableException(string key, string storeName, Exception? innerException)
        : this($"State item '{key}' in the {storeName} store cannot be decrypted or is not a readable JSON object. "
            + "Restore it from a backup or delete the key; its content was not logged.", key, storeName, innerException)
    {
    }

    private StoredItemUnreadableException(string message, string key, string table, Exception? innerException)
        : base(message, innerException)
    {
        Key = key;
        Table = table;
    }

    /// <summary>The <see cref="Table"/> of a reminder whose payload does not open (<see cref="Reminder"/>).</summary>
    public const string RemindersTable = "reminders";

    /// <summary>The key of the unreadable item: the state key, or the row's id (packet id, note id, delivery id or reminder id).</summary>
    public string? Key { get; }

    /// <summary>Where it is stored: the state store's name, or the logical table (packets, notes, outbox or reminders).</summary>
    public string? Table { get; }

    /// <summary>A protected value of another table's row (tampered, copied from another row, or not this host's keys).</summary>
    public static StoredItemUnreadableException Row(string table, string rowId, Exception? innerException) =>
        new($"Triage row '{rowId}' in the {table} table cannot be decrypted (tampered, copied from another row, or the "
            + "Data Protection keys are not this host's). Restore it from a backup or delete the row; its content was not logged.",
            rowId, table, innerException);

    /// <summary>
    /// A reminder's payload (tampered, copied from another reminder, or not this host's keys); names the reminder id only.
    /// The reminder dispatcher catches it by <see cref="RemindersTable"/> and sets that one reminder aside.
    /// </summary>
    public static StoredItemUnreadableException Reminder(string reminderId, Exception? innerException) =>
        new($"The payload of reminder '{reminderId}' cannot be decrypted (tampered, copied from another reminder, or the "
            + "Data Protection keys are not this host's). Cancel or delete the reminder; its payload was not logged.",
            reminderId, RemindersTable, innerException);
}
