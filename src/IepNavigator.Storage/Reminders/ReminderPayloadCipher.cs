using IepNavigator.Storage.Protection;
using Microsoft.AspNetCore.DataProtection;

namespace IepNavigator.Storage.Reminders;

/// <summary>
/// Encrypts reminder payloads at rest (they hold a conversation reference, which may carry a display name) with
/// the host's Data Protection key ring, under <see cref="Purpose"/> with the reminder id as sub-purpose, so a
/// payload copied under another id does not open. Stored text is <see cref="Marker"/> + Base64url; a payload
/// without the marker was written before encryption and is returned as it is.
/// </summary>
internal sealed class ReminderPayloadCipher
{
    public const string Purpose = "IepNavigator.Storage.Reminders.v1";

    public const string Marker = MarkedText.Marker;

    private readonly IDataProtector? _protector;

    public ReminderPayloadCipher(IDataProtectionProvider? protection) =>
        _protector = protection?.CreateProtector(Purpose);

    public string Seal(string id, string payload) =>
        _protector is null ? payload : MarkedText.Seal(_protector.CreateProtector(id), payload);

    public string Open(string id, string stored) =>
        MarkedText.Open(_protector?.CreateProtector(id), stored, ex => StoredItemUnreadableException.Reminder(id, ex));
}
