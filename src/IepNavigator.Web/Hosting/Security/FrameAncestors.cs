using System.Text.RegularExpressions;

namespace IepNavigator.Web.Hosting.Security;

/// <summary>
/// Which sites may frame the host's pages: <c>Widget:AllowedOrigins</c> (an array of origins; empty or absent = any
/// site), read here as the CSP <c>frame-ancestors</c> source list. The widget's own options class and its CORS use
/// the same key (issue 20); this accessor only reads it, strictly, since whatever it returns goes into a header.
/// </summary>
public static partial class FrameAncestors
{
    public const string Setting = "Widget:AllowedOrigins";

    /// <summary>The CSP sources: "*" when any site may embed, else this host and the origins as given (scheme://host[:port]).</summary>
    /// <exception cref="InvalidOperationException">An entry is not an origin (it would change the header's meaning).</exception>
    public static string Sources(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var origins = configuration.GetSection(Setting).Get<string[]>() ?? [];
        var sources = origins.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim().TrimEnd('/')).ToList();
        var bad = sources.FirstOrDefault(o => !Origin().IsMatch(o));
        if (bad is not null)
        {
            throw new InvalidOperationException($"{Setting} has '{bad}', which is not an origin such as https://www.example.org.");
        }
        return sources.Count == 0 ? "*" : "'self' " + string.Join(' ', sources);
    }

    // http(s)://host[:port], host letters, digits, dots and dashes, optionally a leading "*." for subdomains.
    [GeneratedRegex(@"^https?://(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:[0-9]{1,5})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Origin();
}
