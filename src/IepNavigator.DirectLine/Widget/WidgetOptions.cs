namespace IepNavigator.DirectLine.Widget;

/// <summary>
/// Settings bound from the <c>Widget</c> section: which sites may embed the chat widget. Read by the Direct Line
/// CORS policy and the WebSocket origin check here, and by the host for the demo page's <c>frame-ancestors</c>.
/// </summary>
public sealed class WidgetOptions
{
    public const string SectionName = "Widget";

    /// <summary>
    /// Origins (<c>https://advocacy.example</c>: scheme, host, optional port; no path) whose pages may embed the
    /// widget. Empty = any site: the credential is the token in the page, not a cookie, so a foreign origin gains
    /// nothing it could not get by loading the widget itself.
    /// </summary>
    public IList<string> AllowedOrigins { get; } = [];

    public bool AllowsAnyOrigin => AllowedOrigins.Count == 0;

    /// <summary>The configured origins as browsers send them in <c>Origin</c> (lower-case, no trailing slash).</summary>
    public IReadOnlyList<string> NormalizedOrigins() =>
        [.. AllowedOrigins.Select(o => Normalize(o) ?? o)];

    /// <summary>Whether a page on <paramref name="origin"/> may embed the widget.</summary>
    public bool Allows(string? origin)
    {
        if (AllowsAnyOrigin)
        {
            return true;
        }

        var normalized = Normalize(origin);
        return normalized is not null && NormalizedOrigins().Contains(normalized, StringComparer.Ordinal);
    }

    /// <summary><c>scheme://host[:port]</c> in lower case, or null when <paramref name="origin"/> is not an origin.</summary>
    public static string? Normalize(string? origin)
    {
        if (!Uri.TryCreate(origin?.Trim(), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https")
            || uri.AbsolutePath != "/" || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return null;
        }

        return uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant();
    }
}
