using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace IepNavigator.DirectLine.Tokens;

/// <summary>
/// The credential of an <c>Authorization: Bearer …</c> header, read one way for everyone who needs it (the
/// endpoints that check it and the rate limiter that counts by it): the scheme in any case, any spaces around.
/// </summary>
public static class BearerCredential
{
    public static string? Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers[HeaderNames.Authorization].ToString().Trim();
        const string Scheme = "Bearer";
        if (header.Length <= Scheme.Length || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || !char.IsWhiteSpace(header[Scheme.Length]))
        {
            return null;
        }
        var credential = header[Scheme.Length..].Trim();
        return credential.Length == 0 ? null : credential;
    }
}
