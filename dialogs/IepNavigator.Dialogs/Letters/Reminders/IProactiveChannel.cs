namespace IepNavigator.Dialogs.Letters.Reminders;

/// <summary>
/// A channel the bot can write to first, through ContinueConversation with a stored conversation reference.
/// The host implements one per adapter: the Bot Framework adapter for Teams and the Emulator, the embedded
/// Direct Line adapter for the web widget. A channel that cannot reach a conversation says so in <see cref="CanReach"/>.
/// </summary>
public interface IProactiveChannel
{
    bool CanReach(ConversationReference reference);

    Task ContinueConversationAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken);
}

/// <summary>A <see cref="BotAdapter"/> (CloudAdapter, EmbeddedChannelAdapter, TestAdapter...) serving the given channel ids.</summary>
public sealed class BotAdapterProactiveChannel(BotAdapter adapter, string botAppId, IEnumerable<string> channelIds) : IProactiveChannel
{
    private readonly HashSet<string> _channelIds = new(channelIds ?? [], StringComparer.OrdinalIgnoreCase);

    public bool CanReach(ConversationReference reference) =>
        reference?.ChannelId is { } channel && _channelIds.Contains(channel);

    public Task ContinueConversationAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        return adapter.ContinueConversationAsync(botAppId, reference, callback, cancellationToken);
    }
}
