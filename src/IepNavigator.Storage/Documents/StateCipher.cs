using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace IepNavigator.Storage.Documents;

/// <summary>
/// Encrypts state documents at rest with ASP.NET Core Data Protection (authenticated encryption, keys from the
/// host's key ring). Each payload is bound to its state key as a sub-purpose, so a row copied under another key
/// does not open. Rows written before encryption (plain JSON) still open, and are sealed on their next write.
/// </summary>
internal sealed class StateCipher
{
    /// <summary>The Data Protection purpose of state documents; changing it makes every stored row unreadable.</summary>
    public const string Purpose = "IepNavigator.Storage.State.v1";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly IDataProtector _protector;

    public StateCipher(IDataProtectionProvider protection)
    {
        ArgumentNullException.ThrowIfNull(protection);
        _protector = protection.CreateProtector(Purpose);
    }

    /// <summary>The protected payload of <paramref name="json"/> stored under <paramref name="key"/>.</summary>
    public byte[] Seal(string key, string json) => Seal(key, StrictUtf8.GetBytes(json));

    /// <summary>The protected payload of the UTF-8 JSON <paramref name="utf8Json"/> stored under <paramref name="key"/>.</summary>
    public byte[] Seal(string key, byte[] utf8Json) => _protector.CreateProtector(key).Protect(utf8Json);

    /// <summary>The JSON text of a stored row; an unreadable row throws naming its key, never its content.</summary>
    public string Open(StoredRow row, string storeName)
    {
        try
        {
            return StrictUtf8.GetString(OpenBytes(row, storeName));
        }
        catch (DecoderFallbackException ex)
        {
            throw new StoredItemUnreadableException(row.Key, storeName, ex);
        }
    }

    /// <summary>The UTF-8 JSON of a stored row; an unreadable row throws naming its key, never its content.</summary>
    public byte[] OpenBytes(StoredRow row, string storeName)
    {
        try
        {
            return IsPlainJson(row.Document) ? row.Document : _protector.CreateProtector(row.Key).Unprotect(row.Document);
        }
        catch (Exception ex) when (ex is CryptographicException or DecoderFallbackException)
        {
            throw new StoredItemUnreadableException(row.Key, storeName, ex);
        }
    }

    /// <summary>
    /// A row from before encryption: JSON text starting with "{" (after white space), as the previous version
    /// wrote it. A protected payload never does: it starts with Data Protection's magic header (0x09 0xF0 0xC9 0xF0).
    /// </summary>
    internal static bool IsPlainJson(ReadOnlySpan<byte> document)
    {
        foreach (var b in document)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                continue;
            }

            return b == (byte)'{';
        }

        return false;
    }
}
