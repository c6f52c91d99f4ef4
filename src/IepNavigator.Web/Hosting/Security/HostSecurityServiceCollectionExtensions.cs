using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace IepNavigator.Web.Hosting.Security;

public static class HostSecurityServiceCollectionExtensions
{
    /// <summary>
    /// The host's own protections, in front of every endpoint and of every other middleware (a startup filter put
    /// first, so even host filtering's 400s and the request limits see them): forwarded headers from trusted proxies
    /// ("ForwardedHeaders"), the security headers and CSP (<see cref="SecurityHeadersMiddleware"/>), cookies always
    /// Secure outside Development, no Server header, log privacy, and start-up checks of these settings.
    /// </summary>
    public static IServiceCollection AddHostSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        if (services.Any(d => d.ImplementationType == typeof(HostSecurityStartupFilter)))
        {
            return services;
        }
        services.AddLogPrivacy();
        services.Configure<KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);

        var forwarded = new ForwardedHeadersSettings();
        configuration.GetSection(ForwardedHeadersSettings.Section).Bind(forwarded);
        services.AddSingleton(forwarded);
        services.Configure<ForwardedHeadersOptions>(options => Apply(forwarded, options));

        // Behind TLS offloading the request looks like http: Secure must not depend on it.
        services.Configure<CookiePolicyOptions>(cookies =>
            cookies.Secure = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always);

        services.AddHostedService<HostSecurityStartupCheck>();
        // First of all startup filters: the outermost middleware of the host.
        services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, HostSecurityStartupFilter>());
        return services;
    }

    private static void Apply(ForwardedHeadersSettings settings, ForwardedHeadersOptions options)
    {
        // The client's address and scheme only; the Host header stays the one AllowedHosts checked.
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.ForwardLimit = settings.ForwardLimit;
        foreach (var proxy in settings.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }
        foreach (var network in settings.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }
}

/// <summary>Puts forwarded headers, the security headers and the cookie policy in front of everything else.</summary>
internal sealed class HostSecurityStartupFilter(ForwardedHeadersSettings forwarded) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        if (forwarded.Enabled)
        {
            app.UseForwardedHeaders();
        }
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseCookiePolicy();
        next(app);
    };
}
