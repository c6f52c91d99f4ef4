using System.Security.Cryptography;
using System.Text;

namespace IepNavigator.Web.Limits;

/// <summary>Who a request comes from, for rate limiting: the client address, and the chat user when one is known.</summary>
public static class ClientPartitions
{
    private const string UserKeyItem = "IepNavigator.Limits.UserKey";

    public static string IpKey(HttpContext http) =>
        http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>The user key found by <see cref="UserKeyMiddleware"/>, or null (the request is limited per address only).</summary>
    public static string? UserKey(HttpContext http) =>
        http.Items.TryGetValue(UserKeyItem, out var key) ? key as string : null;

    internal static void SetUserKey(HttpContext http, string key) => http.Items[UserKeyItem] = key;

    /// <summary>A stable digest, so neither a user id nor a token is kept in the limiter's memory as given.</summary>
    public static string Digest(string kind, string value)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(value));
        return kind + ":" + Convert.ToHexString(hash, 0, 12);
    }
}
