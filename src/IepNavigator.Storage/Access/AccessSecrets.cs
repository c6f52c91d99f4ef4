using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace IepNavigator.Storage.Access;

/// <summary>How user keys are made and how keys and owners are hashed before they reach a table.</summary>
internal static class AccessSecrets
{
    /// <summary>256 random bits, URL-safe: unguessable, and fine in localStorage and JSON.</summary>
    public static string NewKey() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>
    /// SHA-256, lower-case hex. A plain hash (no salt, no stretching) is enough for a 256-bit random key; for an owner
    /// id it keeps the id out of the table while still letting the same id find its row.
    /// </summary>
    public static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    /// <summary>What a presented key can be at most: anything longer is not one of ours and is not hashed.</summary>
    public const int MaxKeyLength = 128;
}
