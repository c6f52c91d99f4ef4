using IepNavigator.Storage;
using IepNavigator.Storage.Protection;
using Microsoft.AspNetCore.DataProtection;

namespace IepNavigator.Triage.Store;

/// <summary>
/// Encrypts triage fields at rest with ASP.NET Core Data Protection (authenticated encryption) from the host's
/// one key ring (<c>AddNavigatorDataProtection</c>), under <see cref="Purpose"/> with the table and row id as
/// sub-purposes. Stored text is <see cref="Marker"/> followed by the Base64url-encoded protected bytes. Text
/// without the marker is a row written before encryption and is returned as it is.
/// </summary>
public sealed class DataProtectionPacketProtector : IPacketProtector
{
    /// <summary>The Data Protection purpose of triage fields; changing it makes every protected row unreadable.</summary>
    public const string Purpose = "IepNavigator.Triage.Packets.v1";

    /// <summary>What a protected value starts with; plain JSON (packets, payloads) never does.</summary>
    public const string Marker = MarkedText.Marker;

    private readonly IDataProtector _protector;

    public DataProtectionPacketProtector(IDataProtectionProvider protection)
    {
        ArgumentNullException.ThrowIfNull(protection);
        _protector = protection.CreateProtector(Purpose);
    }

    public string Protect(string table, string rowId, string plainText) =>
        MarkedText.Seal(ForRow(table, rowId), plainText);

    public string Unprotect(string table, string rowId, string storedText) =>
        MarkedText.Open(ForRow(table, rowId), storedText, ex => StoredItemUnreadableException.Row(table, rowId, ex));

    /// <summary>True when <paramref name="storedText"/> was written by this protector (starts with <see cref="Marker"/>).</summary>
    public static bool IsProtected(string storedText) => MarkedText.IsSealed(storedText);

    private IDataProtector ForRow(string table, string rowId)
    {
        ArgumentException.ThrowIfNullOrEmpty(table);
        ArgumentException.ThrowIfNullOrEmpty(rowId);
        return _protector.CreateProtector(table, rowId);
    }
}
