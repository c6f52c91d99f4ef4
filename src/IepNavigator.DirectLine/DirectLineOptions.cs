namespace IepNavigator.DirectLine;

/// <summary>Which Direct Line the widget talks to.</summary>
public enum DirectLineMode
{
    /// <summary>This host serves /v3/directline itself; no Azure needed.</summary>
    Embedded,

    /// <summary>Azure Bot Service's Direct Line; the host only exchanges its secret for tokens.</summary>
    Azure,
}

/// <summary>Settings bound from the <c>DirectLine</c> configuration section.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    public DirectLineMode Mode { get; set; } = DirectLineMode.Embedded;

    /// <summary>
    /// Embedded: optional secret a server-side caller may use on /v3/directline (tokens/generate).
    /// Azure: the Direct Line secret exchanged for tokens; it never reaches the browser.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>Base64 HMAC-SHA256 key (≥ 32 bytes) for tokens; generated at start when empty,
    /// which invalidates tokens on restart and across instances.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Conversation token lifetime; Web Chat refreshes every 15 min, so keep it above that.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a browser's returning-parent key stays valid (keeps the same user id); each use issues the next.</summary>
    public TimeSpan UserKeyLifetime { get; set; } = TimeSpan.FromDays(90);

    /// <summary>
    /// How long a used user key still works (two tabs opening together, a response lost on the way). Presented later,
    /// it means two holders, and every key of that user is revoked.
    /// </summary>
    public TimeSpan UserKeyReuseGrace { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long after its token expired a returning browser may still reopen the same conversation
    /// (it must also present the matching user key); later it starts a new conversation as the same user.</summary>
    public TimeSpan ResumeWindow { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Largest accepted activity body, in bytes (413 above it).</summary>
    public int MaxActivityBytes { get; set; } = 262_144;

    /// <summary>Largest accepted upload (activity plus files), in bytes.</summary>
    public int MaxUploadBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>How long an uploaded file stays downloadable (it may be a child's school record: keep it short).</summary>
    public TimeSpan AttachmentLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Total bytes of uploaded files kept in memory; the oldest go first.</summary>
    public long MaxAttachmentStoreBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>The in-memory log keeps at most this many activities per conversation (oldest dropped).</summary>
    public int MaxActivitiesPerConversation { get; set; } = 200;

    /// <summary>The in-memory log keeps at most this many conversations (least recently active dropped).</summary>
    public int MaxConversations { get; set; } = 1_000;

    /// <summary>Bot account the client sees as <c>recipient</c> / reply <c>from</c>.</summary>
    public string BotId { get; set; } = "iep-navigator";

    public string BotName { get; set; } = "IEP Navigator";

    /// <summary>Azure mode: Direct Line base URL (regional endpoints differ).</summary>
    public Uri AzureEndpoint { get; set; } = new("https://directline.botframework.com/v3/directline");
}
