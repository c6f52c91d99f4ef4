using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace IepNavigator.Storage.Protection;

/// <summary>
/// Seals a payload with Data Protection together with its expiry, and judges that expiry by the injected
/// <see cref="TimeProvider"/> — the same clock that issued it. Data Protection's own time-limited protector checks
/// expiry against the machine's clock instead, so a link issued by a test's (or a replayed) clock would be judged by
/// another one. Tokens are URL-safe base64 text.
/// </summary>
public sealed class ExpiringProtector
{
    private const int ExpirySize = sizeof(long);

    private readonly IDataProtector protector;
    private readonly TimeProvider clock;

    public ExpiringProtector(IDataProtectionProvider protection, string purpose, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(protection);
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        protector = protection.CreateProtector(purpose);
        this.clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>A URL-safe token that opens until <paramref name="lifetime"/> has passed on this protector's clock.</summary>
    public string Protect(ReadOnlySpan<byte> payload, TimeSpan lifetime)
    {
        if (lifetime <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), "A lifetime must be positive.");
        }

        var expires = clock.GetUtcNow() + lifetime;
        var plain = new byte[ExpirySize + payload.Length];
        BinaryPrimitives.WriteInt64BigEndian(plain, expires.ToUnixTimeMilliseconds());
        payload.CopyTo(plain.AsSpan(ExpirySize));
        return Base64Url.EncodeToString(protector.Protect(plain));
    }

    /// <summary>The payload, or null when the token is expired on this clock, tampered with, malformed or not ours.</summary>
    public byte[]? Open(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var plain = protector.Unprotect(Base64Url.DecodeFromChars(token));
            if (plain.Length < ExpirySize)
            {
                return null;
            }

            var expires = DateTimeOffset.FromUnixTimeMilliseconds(BinaryPrimitives.ReadInt64BigEndian(plain));
            return expires <= clock.GetUtcNow() ? null : plain[ExpirySize..];
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
