namespace IepNavigator.Web.Hosting.Security;

/// <summary>
/// The "ForwardedHeaders" section: behind a reverse proxy that terminates TLS, which proxies' X-Forwarded-For and
/// X-Forwarded-Proto to believe, so the per-address limits see the client and the host knows the request was https.
/// Off by default: a host reached directly must never take a client's word for its own address.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    public bool Enabled { get; set; }

    /// <summary>Proxy addresses to trust (IPv4 or IPv6). Empty and no networks: only a proxy on loopback.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Proxy networks to trust, in CIDR notation (10.0.0.0/8).</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>How many proxies in front of the host to unwrap (one load balancer: 1).</summary>
    public int ForwardLimit { get; set; } = 1;
}
