using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace IepNavigator.Web.Telemetry;

/// <summary>
/// Maps what a client sent to a small fixed set of tag values: a hostile client cannot put text into a tag,
/// nor blow up the number of metric series.
/// </summary>
public static class TagVocabulary
{
    private static readonly HashSet<string> ActivityTypeValues = new(StringComparer.OrdinalIgnoreCase)
    {
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.Event, ActivityTypes.Invoke,
        ActivityTypes.Typing, ActivityTypes.EndOfConversation, ActivityTypes.InstallationUpdate, ActivityTypes.MessageReaction,
        ActivityTypes.DeleteUserData,
    };

    private static readonly HashSet<string> ChannelValues = new(StringComparer.OrdinalIgnoreCase)
    {
        Channels.Directline, Channels.Webchat, Channels.Msteams, Channels.Emulator, Channels.Test, Channels.Slack, Channels.Sms,
        Channels.Facebook, Channels.Telegram, Channels.Email,
    };

    public static string ActivityType(string? value) =>
        value is not null && ActivityTypeValues.Contains(value) ? value.ToLowerInvariant() : "other";

    public static string Channel(string? value) =>
        value is not null && ChannelValues.Contains(value) ? value.ToLowerInvariant() : "other";

    /// <summary>The letter format from the response's content type (txt, docx, ics).</summary>
    public static string LetterFormat(string? contentType) => contentType switch
    {
        null => "other",
        _ when contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) => "txt",
        _ when contentType.StartsWith("text/calendar", StringComparison.OrdinalIgnoreCase) => "ics",
        _ when contentType.Contains("wordprocessingml", StringComparison.OrdinalIgnoreCase) => "docx",
        _ => "other",
    };
}
