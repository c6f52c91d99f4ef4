namespace IepNavigator.Dialogs.Presentation;

/// <summary>How a channel is shown the advice: as one Adaptive Card, or as numbered text.</summary>
public enum AdviceView
{
    /// <summary>A numbered Markdown list in the message text (SMS, curl, tests, any channel not known to render cards).</summary>
    Text,

    /// <summary>One Adaptive Card holding the steps, under a one-line intro (Web Chat, Direct Line, Teams, the Emulator).</summary>
    Card,
}

/// <summary>Which view a channel gets: a card only where we know the client renders Adaptive Cards, text everywhere else.</summary>
public static class AdviceViews
{
    /// <summary>Channels whose clients render Adaptive Cards (the widget's embedded Direct Line, Azure Web Chat, Teams, the Emulator).</summary>
    private static readonly HashSet<string> CardChannels = new(StringComparer.OrdinalIgnoreCase)
    {
        "webchat", "directline", "msteams", "emulator",
    };

    public static AdviceView For(string? channelId) =>
        channelId is not null && CardChannels.Contains(channelId) ? AdviceView.Card : AdviceView.Text;

    /// <summary>The name written to channelData.iepNavigator.view ("card" or "text").</summary>
    public static string Name(this AdviceView view) => view == AdviceView.Card ? "card" : "text";
}
