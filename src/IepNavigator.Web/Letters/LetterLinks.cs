using System.Security.Cryptography;
using System.Text.Json;
using IepNavigator.Knowledge;
using IepNavigator.Knowledge.Content;
using IepNavigator.Letters;
using IepNavigator.Letters.Rendering;
using Microsoft.AspNetCore.DataProtection;

namespace IepNavigator.Web.Letters;

/// <summary>
/// Short-lived download links. The link carries the letter order encrypted and authenticated with ASP.NET Core
/// Data Protection and an expiry: it cannot be guessed or altered, reveals nothing about the family, needs no
/// server-side row, and stops working when it expires.
/// </summary>
public sealed class LetterLinks(IDataProtectionProvider protection, TimeProvider clock)
{
    /// <summary>Long enough to download on a phone, short enough that a forwarded link soon dies.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromMinutes(30);

    private readonly ITimeLimitedDataProtector protector =
        protection.CreateProtector("IepNavigator.Letters.DownloadLink.v1").ToTimeLimitedDataProtector();

    /// <summary>
    /// The path (under /api/v1/letters/download/) of a link that renders <paramref name="order"/>. The order's
    /// language is sealed inside the token with everything else; a link in another language than English also shows
    /// it as <c>?lang=es</c>, which the download checks against the sealed one, so it cannot be changed without a new link.
    /// </summary>
    public string IssuePath(LetterOrder order, TimeSpan? lifetime = null)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (!LetterLanguages.TryParse(order.Language, out var language) || language != order.Language)
        {
            throw new ArgumentException($"'{order.Language}' is not a letter language ({string.Join(", ", LetterLanguages.All)}).", nameof(order));
        }
        if (LetterLanguages.IsSideBySide(language) && order.Format != LetterFormat.Docx)
        {
            throw new ArgumentException("Side by side is a .docx only.", nameof(order));
        }

        var payload = JsonSerializer.SerializeToUtf8Bytes(order, KnowledgeJson.Options);
        var expires = clock.GetUtcNow() + (lifetime ?? DefaultLifetime);
        var token = protector.Protect(payload, expires);
        var path = "/api/v1/letters/download/" + Base64UrlEncode(token);
        return language == ContentLanguage.English ? path : path + "?lang=" + language;
    }

    /// <summary>The order behind a token, or null when it is expired, tampered with or not ours.</summary>
    public LetterOrder? Open(string token)
    {
        try
        {
            var bytes = Base64UrlDecode(token);
            var payload = protector.Unprotect(bytes, out var expiration);
            return expiration < clock.GetUtcNow() ? null : JsonSerializer.Deserialize<LetterOrder>(payload, KnowledgeJson.Options);
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] Base64UrlDecode(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        return Convert.FromBase64String(base64);
    }
}
