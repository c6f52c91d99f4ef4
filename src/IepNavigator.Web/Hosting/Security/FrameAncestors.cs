using IepNavigator.DirectLine.Widget;

namespace IepNavigator.Web.Hosting.Security;

/// <summary>
/// Which sites may frame the host's pages, as the CSP <c>frame-ancestors</c> source list: the widget's own setting
/// (<see cref="WidgetOptions.AllowedOrigins"/>, <c>Widget:AllowedOrigins</c>), the one list that also drives CORS and the
/// stream's Origin check. WidgetOptions refuses an entry that is not an origin at start, so what reaches the header is
/// always scheme://host[:port].
/// </summary>
public static class FrameAncestors
{
    /// <summary>"*" when any site may embed, else this host and the allowed origins.</summary>
    public static string Sources(WidgetOptions widget)
    {
        ArgumentNullException.ThrowIfNull(widget);
        return widget.AllowsAnyOrigin ? "*" : "'self' " + string.Join(' ', widget.NormalizedOrigins());
    }
}
