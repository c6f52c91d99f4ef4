using Newtonsoft.Json;

namespace IepNavigator.Dialogs.Presentation;

/// <summary>
/// The one place a reply too long for its channel becomes several messages (<see cref="MessageSplitter"/>: at blank
/// lines, line breaks or sentence ends, never mid-sentence). Attached to every turn (NavigatorBot) and every proactive
/// reminder, so no flow has to think about it. The earlier parts carry the text only; the last one keeps the buttons,
/// cards and images, so the question and its buttons stay together. Every part keeps the reply's channelData, locale
/// and text format.
/// </summary>
public static class ReplySplitter
{
    /// <summary>Splits every message the turn sends that is longer than its channel allows.</summary>
    public static void Attach(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var limit = ChannelTextLimits.For(turnContext.Activity?.ChannelId);
        turnContext.OnSendActivities((_, activities, next) =>
        {
            Split(activities, limit);
            return next();
        });
    }

    /// <summary>Replaces, in place, each message over <paramref name="limit"/> characters by its parts.</summary>
    public static void Split(List<Activity> activities, int limit)
    {
        ArgumentNullException.ThrowIfNull(activities);
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            if (activity.Type != ActivityTypes.Message || activity.Text is not { } text || text.Length <= limit)
            {
                continue;
            }
            var texts = MessageSplitter.Split(text, limit);
            if (texts.Count <= 1)
            {
                continue;
            }
            var parts = texts.Take(texts.Count - 1).Select(t => TextOnly(activity, t)).ToList();
            activity.Text = texts[^1];
            parts.Add(activity);
            activities.RemoveAt(i);
            activities.InsertRange(i, parts);
            i += parts.Count - 1;
        }
    }

    /// <summary>A copy of <paramref name="activity"/> with another text and nothing to act on (no buttons, cards or speech).</summary>
    private static Activity TextOnly(Activity activity, string text)
    {
        var part = JsonConvert.DeserializeObject<Activity>(JsonConvert.SerializeObject(activity))!;
        part.Text = text;
        part.Attachments = null;
        part.SuggestedActions = null;
        part.Speak = null;
        part.Id = null;
        // The parent keeps reading: the question (and the microphone) belongs to the last part.
        part.InputHint = InputHints.AcceptingInput;
        return part;
    }
}

/// <summary>
/// The longest message text each channel takes. Hard limits where a channel documents one; elsewhere a length a
/// parent can still read on a phone as one message.
/// </summary>
public static class ChannelTextLimits
{
    /// <summary>Web Chat (the widget), the Emulator and channels without a documented limit: about two phone screens.</summary>
    public const int Default = 4_000;

    private static readonly Dictionary<string, int> Limits = new(StringComparer.OrdinalIgnoreCase)
    {
        // Teams takes 40 KB per message as UTF-16, cards included: the text gets a quarter of that.
        ["msteams"] = 10_000,
        // Facebook Messenger: 2,000 characters per text message.
        ["facebook"] = 2_000,
        // Telegram: 4,096.
        ["telegram"] = 4_096,
        // SMS (Twilio): 1,600 characters, sent as several segments.
        ["sms"] = 1_600,
        // Slack: longer texts are truncated past 40,000, but 4,000 is its own advice for a readable message.
        ["slack"] = 4_000,
        ["line"] = 5_000,
    };

    public static int For(string? channelId) =>
        channelId is not null && Limits.TryGetValue(channelId, out var limit) ? limit : Default;
}
