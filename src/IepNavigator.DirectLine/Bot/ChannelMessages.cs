using IepNavigator.Knowledge.Content;

namespace IepNavigator.DirectLine.Bot;

/// <summary>
/// What the channel says itself: the "messages" of content/channel-messages.json and its es/ twin, read by knowledge's
/// one loader (<see cref="ContentFiles"/>) and looked up through its one <see cref="ContentStrings"/>, like every content file.
/// </summary>
public sealed class ChannelMessages
{
    private const string FileName = "channel-messages.json";

    private static readonly ContentFiles Files = new(typeof(ChannelMessages).Assembly, "IepNavigator.DirectLine.");

    private readonly ContentStrings _strings;

    private ChannelMessages(ContentStrings strings) => _strings = strings;

    /// <summary>The apology sent when the bot's turn throws, in English.</summary>
    public string TurnError => _strings.Get("turnError", ContentLanguage.English);

    /// <summary>
    /// The apology in the language of <paramref name="locale"/> ("es-US" → Spanish). The bot's own language scope
    /// has ended when the turn has thrown, so the activity's locale is what is left to go by.
    /// </summary>
    public string TurnErrorFor(string? locale) => _strings.Get("turnError", ContentLanguage.Normalize(locale));

    /// <summary>The embedded files; a missing file or English apology fails here, at start, not in a failing turn.</summary>
    public static ChannelMessages Load()
    {
        var messages = new ChannelMessages(
            ContentStrings.Over(Files.ReadLocalized<ChannelMessagesDocument>(FileName), d => d.Messages, FileName));
        _ = messages.TurnError;
        return messages;
    }
}

/// <summary>content/channel-messages.json: the sentences by key.</summary>
internal sealed class ChannelMessagesDocument
{
    public Dictionary<string, string> Messages { get; init; } = [];
}
