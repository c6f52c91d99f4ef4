using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Teams.Tests.Security;

/// <summary>Bearer tokens shaped like the Bot Connector's (issuer, audience, serviceurl claim), each wrong in one named way.</summary>
public static class BotConnectorTokens
{
    /// <summary>The issuer of tokens the Bot Connector service sends to bots.</summary>
    public const string ConnectorIssuer = "https://api.botframework.com";

    /// <summary>alg "none" and no signature: anyone could write it.</summary>
    public static string Unsigned(string audience, string serviceUrl) =>
        Encode(new JObject { ["alg"] = "none", ["typ"] = "JWT" }, Claims(audience, serviceUrl, DateTimeOffset.UtcNow), signature: "");

    /// <summary>RS256 but expired an hour ago (well beyond the five-minute clock skew).</summary>
    public static string Expired(string audience, string serviceUrl) =>
        Signed(Claims(audience, serviceUrl, DateTimeOffset.UtcNow.AddHours(-2)));

    /// <summary>RS256, current, but issued for another bot.</summary>
    public static string ForAnotherBot(string serviceUrl) =>
        Signed(Claims(Guid.NewGuid().ToString(), serviceUrl, DateTimeOffset.UtcNow));

    private static JObject Claims(string audience, string serviceUrl, DateTimeOffset issuedAt) => new()
    {
        ["iss"] = ConnectorIssuer,
        ["aud"] = audience,
        ["serviceurl"] = serviceUrl,
        ["nbf"] = issuedAt.AddMinutes(-1).ToUnixTimeSeconds(),
        ["iat"] = issuedAt.ToUnixTimeSeconds(),
        ["exp"] = issuedAt.AddHours(1).ToUnixTimeSeconds(),
    };

    /// <summary>Signed with a key of our own: a real signature, from a key the Bot Connector never published.</summary>
    private static string Signed(JObject claims)
    {
        using var key = RSA.Create(2048);
        var header = new JObject { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = "test-" + Guid.NewGuid().ToString("N") };
        var unsigned = Base64Url(header) + "." + Base64Url(claims);
        var signature = key.SignData(Encoding.ASCII.GetBytes(unsigned), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return unsigned + "." + Base64Url(signature);
    }

    private static string Encode(JObject header, JObject claims, string signature) =>
        Base64Url(header) + "." + Base64Url(claims) + "." + signature;

    private static string Base64Url(JObject json) => Base64Url(Encoding.UTF8.GetBytes(json.ToString(Formatting.None)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
