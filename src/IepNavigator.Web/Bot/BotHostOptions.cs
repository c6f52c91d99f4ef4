namespace IepNavigator.Web.Bot;

/// <summary>Limits of the Bot Framework endpoint (section "Bot").</summary>
public sealed class BotHostOptions
{
    public const string Section = "Bot";

    /// <summary>Largest /api/messages body accepted; a chat activity is a few KB, Teams cards a few dozen.</summary>
    public int MaxMessageBytes { get; set; } = 256 * 1024;
}
