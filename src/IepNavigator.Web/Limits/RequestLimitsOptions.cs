namespace IepNavigator.Web.Limits;

/// <summary>The "Limits" configuration section: body size, rate limits and request timeouts for the whole host.</summary>
public sealed class RequestLimitsOptions
{
    public const string Section = "Limits";

    /// <summary>False turns every limit of this section off (the endpoints' own body limits still apply).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Largest request body of any endpoint. The endpoints keep their own smaller limits (an activity 256 KB, facts
    /// 64 KB); this one is above the largest of them (a 4 MB Direct Line upload) and stops anything bigger unread.
    /// </summary>
    public long MaxRequestBodyBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>
    /// Requests one client address may make per window, over all endpoints: high, because a school or library
    /// network puts many parents behind one address, and a polling widget reads once a second.
    /// </summary>
    public int PermitsPerIpPerWindow { get; set; } = 3000;

    /// <summary>
    /// Turns one chat user may post per window. A parent types a few messages a minute; a script replaying
    /// activities does not. Only a checked identity is counted: the sender of an /api/messages activity once its
    /// Bot Framework token is verified (unsigned, in Development or with Bot:AllowAnonymous: that sender from that
    /// address), and the user of a Direct Line token whose signature checks out; reads are not counted here.
    /// </summary>
    public int PermitsPerUserPerWindow { get; set; } = 60;

    /// <summary>The rate-limit window; Retry-After says when the current one ends.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A request still running after this is cancelled and answered 504, so a stuck store cannot pile up requests.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
