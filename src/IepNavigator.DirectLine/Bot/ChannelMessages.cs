using System.Text.Json;

namespace IepNavigator.DirectLine.Bot;

/// <summary>Phrases the channel says itself, read from Content/channel-messages.json (embedded), per language.</summary>
public sealed class ChannelMessages
{
    private readonly IReadOnlyDictionary<string, string> _turnError;

    private ChannelMessages(IReadOnlyDictionary<string, string> turnError) => _turnError = turnError;

    /// <summary>The apology sent when the bot's turn throws, in English.</summary>
    public string TurnError => _turnError["en"];

    /// <summary>
    /// The apology in the language of <paramref name="locale"/> ("es-US" → Spanish). The bot's own language scope
    /// has ended when the turn has thrown, so the activity's locale is what is left to go by.
    /// </summary>
    public string TurnErrorFor(string? locale)
    {
        var language = string.IsNullOrWhiteSpace(locale) ? "en" : locale.Trim().Split('-', '_')[0].ToLowerInvariant();
        return _turnError.TryGetValue(language, out var text) ? text : TurnError;
    }

    public static ChannelMessages Load()
    {
        var assembly = typeof(ChannelMessages).Assembly;
        using var stream = assembly.GetManifestResourceStream("IepNavigator.DirectLine.Content.channel-messages.json")
            ?? throw new InvalidOperationException("channel-messages.json is not embedded.");
        using var doc = JsonDocument.Parse(stream);
        var turnError = doc.RootElement.GetProperty("turnError").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal);
        return turnError.ContainsKey("en")
            ? new ChannelMessages(turnError)
            : throw new InvalidOperationException("channel-messages.json has no English turnError.");
    }
}
