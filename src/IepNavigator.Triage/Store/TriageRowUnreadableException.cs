namespace IepNavigator.Triage.Store;

/// <summary>
/// A protected triage value cannot be opened: tampered, copied from another row, or the Data Protection keys
/// were lost or belong to another key ring. The message names the table and row id, never the content.
/// </summary>
public sealed class TriageRowUnreadableException : Exception
{
    public TriageRowUnreadableException()
    {
    }

    public TriageRowUnreadableException(string message)
        : base(message)
    {
    }

    public TriageRowUnreadableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TriageRowUnreadableException(string table, string rowId, Exception? innerException)
        : base($"Triage row '{rowId}' in the {table} table cannot be decrypted (tampered, copied from another row, or the "
            + "Data Protection keys are not this host's). Restore it from a backup or delete the row; its content was not logged.", innerException)
    {
        Table = table;
        RowId = rowId;
    }

    /// <summary>The logical table: packets, notes or outbox.</summary>
    public string? Table { get; }

    /// <summary>The id of the unreadable row (packet id, note id or delivery id).</summary>
    public string? RowId { get; }
}
