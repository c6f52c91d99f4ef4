using System.Security.Cryptography;
using System.Text;
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
    /// <summary>The Data Protection purpose of reminder payloads; changing it makes every protected payload unreadable.</summary>
    public const string Purpose = "IepNavigator.Storage.Reminders.v1";

    /// <summary>What a protected payload starts with; the chat's JSON payloads never do.</summary>
    public const string Marker = "dp1:";

    private readonly IDataProtector? _protector;

    /// <param name="protection">The key ring; null stores payloads as given (tests and tools only).</param>
    public ReminderPayloadCipher(IDataProtectionProvider? protection) =>
        _protector = protection?.CreateProtector(Purpose);

    public string Seal(string id, string payload) =>
        _protector is null ? payload : Marker + _protector.CreateProtector(id).Protect(payload);

    /// <summary>The payload as scheduled; one that cannot be decrypted throws naming the reminder id only.</summary>
    public string Open(string id, string stored)
    {
        if (!stored.StartsWith(Marker, StringComparison.Ordinal))
        {
            return stored; // written before encryption at rest
        }

        try
        {
            if (_protector is null)
            {
                throw new CryptographicException("This store has no Data Protection key ring.");
            }

            return _protector.CreateProtector(id).Unprotect(stored[Marker.Length..]);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or DecoderFallbackException)
        {
            throw ReminderUnreadableException.For(id, ex);
        }
    }
}
