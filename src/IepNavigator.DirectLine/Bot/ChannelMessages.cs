using System.Text.Json;

namespace IepNavigator.DirectLine.Bot;

/// <summary>Phrases the channel says itself, read from Content/channel-messages.json (embedded).</summary>
public sealed class ChannelMessages
{
    private ChannelMessages(string turnError) => TurnError = turnError;

    /// <summary>The apology sent when the bot's turn throws.</summary>
    public string TurnError { get; }

    public static ChannelMessages Load()
    {
        var assembly = typeof(ChannelMessages).Assembly;
        using var stream = assembly.GetManifestResourceStream("IepNavigator.DirectLine.Content.channel-messages.json")
            ?? throw new InvalidOperationException("channel-messages.json is not embedded.");
        using var doc = JsonDocument.Parse(stream);
        return new ChannelMessages(doc.RootElement.GetProperty("turnError").GetString()
            ?? throw new InvalidOperationException("channel-messages.json has no turnError."));
    }
}
