using System.Net;
using IepNavigator.DirectLine.Widget;
using Microsoft.Extensions.Options;

namespace IepNavigator.Web.Hosting.Security;

/// <summary>
/// Checks the host's security settings at start: a bad proxy address stops the start naming the setting (a bad
/// <c>Widget:AllowedOrigins</c> entry is refused by the widget's own options); an <c>AllowedHosts</c> of "*" outside Development is one warning (the host then answers
/// any Host header, and the widget echoes the Host into the Direct Line and stream URLs it hands out); an empty
/// <c>Widget:AllowedOrigins</c> outside Development is one warning too (any site may then embed the widget and frame the
/// host's pages, the chat's "Yes" to "delete my data" included).
/// </summary>
public sealed partial class HostSecurityStartupCheck(
    IConfiguration configuration, IHostEnvironment environment, ForwardedHeadersSettings forwarded, IOptions<WidgetOptions> widget,
    ILogger<HostSecurityStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var proxy in forwarded.KnownProxies)
        {
            if (!IPAddress.TryParse(proxy, out _))
            {
                throw new InvalidOperationException($"ForwardedHeaders:KnownProxies has '{proxy}', which is not an IP address.");
            }
        }
        foreach (var network in forwarded.KnownNetworks)
        {
            if (!System.Net.IPNetwork.TryParse(network, out _))
            {
                throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks has '{network}', which is not a network in CIDR notation (10.0.0.0/8).");
            }
        }
        var allowedHosts = configuration["AllowedHosts"];
        if (!environment.IsDevelopment() && (string.IsNullOrWhiteSpace(allowedHosts) || allowedHosts.Split(';').Any(h => h.Trim() == "*")))
        {
            LogAnyHost(logger);
        }
        if (!environment.IsDevelopment() && widget.Value.AllowsAnyOrigin)
        {
            LogAnyFramingSite(logger);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 7401, Level = LogLevel.Warning,
        Message = "AllowedHosts is '*': the host answers requests for any Host name and echoes it into the widget's Direct Line and stream URLs. Set AllowedHosts to the host's public name(s).")]
    private static partial void LogAnyHost(ILogger logger);

    [LoggerMessage(EventId = 7402, Level = LogLevel.Warning,
        Message = "Widget:AllowedOrigins is empty: any site may embed the widget, call its Direct Line and frame the host's pages (CSP frame-ancestors *). Set it to the sites that embed the widget.")]
    private static partial void LogAnyFramingSite(ILogger logger);
}
