using IepNavigator.Storage;

namespace IepNavigator.Triage.Store;

/// <summary>
/// Turns a personal field (packet document, advocate note, webhook payload) into what is stored, and back.
/// Every value is bound to its table and row id, so a value copied into another row does not open there.
/// The default is <see cref="DataProtectionPacketProtector"/> (encryption at rest with the host's key ring).
/// </summary>
public interface IPacketProtector
{
    /// <summary>The text to store for <paramref name="plainText"/> in row <paramref name="rowId"/> of <paramref name="table"/>.</summary>
    string Protect(string table, string rowId, string plainText);

    /// <summary>
    /// The plain text of a stored value. A value that cannot be opened throws
    /// <see cref="StoredItemUnreadableException"/>, which names the table and the row id only.
    /// </summary>
    string Unprotect(string table, string rowId, string storedText);
}
