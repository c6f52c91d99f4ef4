using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace IepNavigator.DirectLine.Bot;

/// <summary>The bot and user accounts and the fake serviceUrl the embedded channel stamps on activities.</summary>
public sealed class ChannelAccounts(IOptions<DirectLineOptions> options)
{
    /// <summary>The channel id Azure's Direct Line uses; the bot cannot tell the two apart.</summary>
    public const string ChannelId = "directline";

    /// <summary>Never resolves (.invalid is reserved), so a reply that escaped the in-memory connector fails fast.</summary>
    public const string ServiceUrl = "https://embedded-directline.invalid/";

    public ChannelAccount Bot() => new(options.Value.BotId, options.Value.BotName, RoleTypes.Bot);

    public static ChannelAccount User(string userId) => new(userId, null, RoleTypes.User);
}
