namespace IepNavigator.Storage.Reminders;

/// <summary>
/// A reminder's payload cannot be decrypted (tampered, copied from another reminder, or the Data Protection keys
/// are not this host's). The message names the reminder id only, never the payload.
/// </summary>
public sealed class ReminderUnreadableException : Exception
{
    public ReminderUnreadableException()
    {
    }

    public ReminderUnreadableException(string message)
        : base(message)
    {
    }

    public ReminderUnreadableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    private ReminderUnreadableException(string message, string reminderId, Exception innerException)
        : base(message, innerException)
    {
        ReminderId = reminderId;
    }

    /// <summary>The id of the unreadable reminder.</summary>
    public string? ReminderId { get; }

    /// <summary>The error for reminder <paramref name="reminderId"/>, naming nothing else.</summary>
    public static ReminderUnreadableException For(string reminderId, Exception innerException) => new(
        $"The payload of reminder '{reminderId}' cannot be decrypted (tampered, copied from another reminder, or the "
        + "Data Protection keys are not this host's). Cancel or delete the reminder; its payload was not logged.",
        reminderId, innerException);
}
