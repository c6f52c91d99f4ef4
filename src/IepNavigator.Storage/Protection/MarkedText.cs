using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace IepNavigator.Storage.Protection;

/// <summary>
/// Text columns sealed with Data Protection behind a <see cref="Marker"/>, so a row written before encryption at rest
/// (no marker) still reads as it is and is sealed on its next write. Used by the reminder payloads and the triage
/// tables; state rows are binary and use <c>StateCipher</c>.
/// </summary>
public static class MarkedText
{
    /// <summary>What a sealed value starts with; the plain JSON written before encryption never does.</summary>
    public const string Marker = "dp1:";

    public static bool IsSealed(string? stored) => stored is not null && stored.StartsWith(Marker, StringComparison.Ordinal);

    /// <param name="rowProtector">A protector for this one row (purpose + table + row id), so a copied value won't open elsewhere.</param>
    public static string Seal(IDataProtector rowProtector, string plainText)
    {
        ArgumentNullException.ThrowIfNull(rowProtector);
        ArgumentNullException.ThrowIfNull(plainText);
        return Marker + rowProtector.Protect(plainText);
    }

    /// <summary>
    /// The plain text: legacy unsealed text as it is, sealed text opened; a value that does not open (tampered, copied,
    /// another key ring, or no key ring at all) throws what <paramref name="unreadable"/> makes of the cause — which
    /// must name the row, never its content.
    /// </summary>
    public static string Open(IDataProtector? rowProtector, string stored, Func<Exception, Exception> unreadable)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(unreadable);
        if (!IsSealed(stored))
        {
            return stored;
        }

        try
        {
            if (rowProtector is null)
            {
                throw new CryptographicException("This store has no Data Protection key ring.");
            }

            return rowProtector.Unprotect(stored[Marker.Length..]);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or DecoderFallbackException)
        {
            throw unreadable(ex);
        }
    }
}
