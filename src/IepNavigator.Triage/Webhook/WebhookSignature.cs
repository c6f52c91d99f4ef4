using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace IepNavigator.Triage.Webhook;

/// <summary>
/// HMAC-SHA256 over "{timestamp}.{body}" with the shared secret, sent as "sha256=&lt;hex&gt;". The timestamp
/// (Unix seconds) is signed too, so a captured request cannot be replayed later than the receiver's tolerance.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-IepNavigator-Signature";
    public const string TimestampHeader = "X-IepNavigator-Timestamp";
    public const string DeliveryHeader = "X-IepNavigator-Delivery";
    public const string EventHeader = "X-IepNavigator-Event";
    private const string Prefix = "sha256=";

    public static string Sign(string secret, long timestamp, string body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        ArgumentNullException.ThrowIfNull(body);
        var message = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body);
        return Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }

    /// <summary>For receivers: true when the signature matches and the timestamp is within <paramref name="tolerance"/> of now.</summary>
    public static bool Verify(string secret, string? timestampHeader, string body, string? signatureHeader, DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrEmpty(signatureHeader)
            || !long.TryParse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            return false;
        }

        if (Math.Abs(now.ToUnixTimeSeconds() - timestamp) > tolerance.TotalSeconds)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(secret, timestamp, body));
        var actual = Encoding.ASCII.GetBytes(signatureHeader);
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
