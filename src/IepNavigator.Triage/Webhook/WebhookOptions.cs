namespace IepNavigator.Triage.Webhook;

/// <summary>The "Triage:Webhook" section. Without a URL packets wait in the outbox until one is configured.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Triage:Webhook";

    /// <summary>Where each new packet is POSTed as JSON.</summary>
    public Uri? Url { get; set; }

    /// <summary>The shared secret for the HMAC-SHA256 signature (required with a URL).</summary>
    public string? Secret { get; set; }

    /// <summary>Quick retries inside one attempt (exponential, with jitter) for a blip in the receiver.</summary>
    public int QuickRetries { get; set; } = 3;

    public TimeSpan QuickRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Timeout of one HTTP request.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Durable back-off between attempts after the quick retries fail: doubles each time up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan FirstBackoff { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the outbox is checked when no new packet wakes the sender.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a claimed message is reserved for one sender (several hosts share the outbox).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
}
