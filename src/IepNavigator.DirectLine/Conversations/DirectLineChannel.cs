using IepNavigator.DirectLine.Bot;
using Microsoft.Bot.Schema;

namespace IepNavigator.DirectLine.Conversations;

/// <summary>What happens when a client starts a conversation or posts an activity.</summary>
public sealed class DirectLineChannel(ConversationHub hub, BotTurnRunner runner, ChannelAccounts accounts, TimeProvider clock)
{
    public ConversationHub Hub { get; } = hub;

    /// <summary>Creates the conversation when new and tells the bot (a conversationUpdate the client never sees), with
    /// the client's <paramref name="locale"/> when it said one.</summary>
    public async Task<(ConversationInfo Conversation, bool Created)> StartAsync(
        string conversationId, string userId, CancellationToken cancellationToken, string? locale = null)
    {
        var (conversation, created) = await Hub.Log.GetOrCreateAsync(conversationId, userId, cancellationToken).ConfigureAwait(false);
        if (created)
        {
            var update = new Activity(ActivityTypes.ConversationUpdate)
            {
                Id = Guid.NewGuid().ToString("N"),
                Timestamp = clock.GetUtcNow(),
                MembersAdded = [accounts.Bot(), ChannelAccounts.User(conversation.UserId)],
                Locale = locale,
            };
            await runner.RunAsync(ForBot(conversation, update), CancellationToken.None).ConfigureAwait(false);
        }

        return (conversation, created);
    }

    /// <summary>
    /// Stamps the parent's activity, echoes it (same id the bot gets), runs the bot's turn, and returns the id.
    /// The turn is not cancelled when the browser goes away, so state is always saved.
    /// </summary>
    public async Task<string> PostFromUserAsync(ConversationInfo conversation, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(activity);
        activity.Id = null;
        activity.From = new ChannelAccount(conversation.UserId, activity.From?.Name, RoleTypes.User);
        activity.Recipient = accounts.Bot();
        activity.Conversation = new ConversationAccount(id: conversation.ConversationId);
        activity.ChannelId = ChannelAccounts.ChannelId;
        activity.ServiceUrl = null;

        var logged = await Hub.AppendAsync(conversation.ConversationId, activity, cancellationToken).ConfigureAwait(false);
        var forBot = ActivityJson.Clone(logged.Activity);
        forBot.ServiceUrl = ChannelAccounts.ServiceUrl;
        await runner.RunAsync(forBot, CancellationToken.None).ConfigureAwait(false);
        return logged.Activity.Id;
    }

    private Activity ForBot(ConversationInfo conversation, Activity activity)
    {
        activity.From = ChannelAccounts.User(conversation.UserId);
        activity.Recipient = accounts.Bot();
        activity.Conversation = new ConversationAccount(id: conversation.ConversationId);
        activity.ChannelId = ChannelAccounts.ChannelId;
        activity.ServiceUrl = ChannelAccounts.ServiceUrl;
        return activity;
    }
}
