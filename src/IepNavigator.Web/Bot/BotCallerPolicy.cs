using Microsoft.Extensions.Options;

namespace IepNavigator.Web.Bot;

/// <summary>
/// Who may post to /api/messages. With MicrosoftAppId set, only the Bot Framework's signed channels (the adapter's
/// JWT check). Without it, unsigned activities only in Development or with <c>Bot:AllowAnonymous</c> — and then only
/// naming a serviceUrl the host trusts, since replies and proactive reminders are POSTed to it.
/// </summary>
public sealed class BotCallerPolicy
{
    private readonly Uri[] allowedServiceUrls;

    public BotCallerPolicy(IConfiguration configuration, IOptions<BotHostOptions> options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        IsRegistered = !string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]);
        IsDevelopment = environment.IsDevelopment();
        AllowsAnonymous = !IsRegistered && (IsDevelopment || options.Value.AllowAnonymous);
        allowedServiceUrls = [.. options.Value.AllowedServiceUrls.Select(Normalize).OfType<Uri>()];
    }

    /// <summary>MicrosoftAppId is set: every activity must carry a Bot Framework token.</summary>
    public bool IsRegistered { get; }

    public bool IsDevelopment { get; }

    /// <summary>Unsigned activities are taken (no app id, and Development or Bot:AllowAnonymous).</summary>
    public bool AllowsAnonymous { get; }

    /// <summary>
    /// Whether an unsigned activity may name <paramref name="serviceUrl"/>: one of <c>Bot:AllowedServiceUrls</c> (same
    /// scheme, host and port, and under its path), or a loopback address in Development.
    /// </summary>
    public bool IsServiceUrlAllowed(string? serviceUrl)
    {
        if (Normalize(serviceUrl) is not { } url)
        {
            return false;
        }
        if (IsDevelopment && url.IsLoopback)
        {
            return true;
        }
        return allowedServiceUrls.Any(allowed =>
            Uri.Compare(allowed, url, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
            && url.AbsolutePath.StartsWith(allowed.AbsolutePath, StringComparison.Ordinal));
    }

    /// <summary>An absolute http(s) URL whose path ends in '/', so "https://x/amer" does not also allow "https://x/amerx".</summary>
    private static Uri? Normalize(string? text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            || !string.IsNullOrEmpty(url.UserInfo))
        {
            return null;
        }
        var builder = new UriBuilder(url) { Query = string.Empty, Fragment = string.Empty };
        if (!builder.Path.EndsWith('/'))
        {
            builder.Path += "/";
        }
        return builder.Uri;
    }
}
