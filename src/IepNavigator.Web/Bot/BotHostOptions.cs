namespace IepNavigator.Web.Bot;

/// <summary>Limits and callers of the Bot Framework endpoint (section "Bot").</summary>
public sealed class BotHostOptions
{
    public const string Section = "Bot";

    /// <summary>Largest /api/messages body accepted; a chat activity is a few KB, Teams cards a few dozen.</summary>
    public int MaxMessageBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// With no MicrosoftAppId, whether /api/messages takes activities nobody signed. Always so in Development (the
    /// Emulator, the README's curl example); elsewhere only when this is true, because an unsigned activity can claim
    /// any parent's from.id and read, change or delete that parent's case. The widget never needs it.
    /// </summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>
    /// The serviceUrls an unsigned activity may name (the host would POST replies and reminders there). A signed
    /// activity's serviceUrl is vouched for by its token instead. Loopback addresses are allowed in Development only.
    /// </summary>
    public IList<string> AllowedServiceUrls { get; } = [];
}
