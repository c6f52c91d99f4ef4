using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Logging;

namespace IepNavigator.Dialogs.Teams;

/// <summary>
/// Moves a member from a channel or group chat to a 1:1 chat with the bot: asks the Teams connector to
/// create (or find) the personal conversation with that member in their tenant, then runs the member's
/// message as a turn of that conversation. User state is keyed by the member's id, so their case is the
/// same one there; the channel never sees it.
/// </summary>
public sealed partial class PrivateChatOpener(ILogger<PrivateChatOpener> logger)
{
    /// <summary>
    /// Opens the 1:1 chat and runs <paramref name="privateTurn"/> in it with a copy of the member's message.
    /// Returns false (and logs why, without any text) when the chat could not be opened.
    /// </summary>
    public async Task<bool> ContinueInPrivateAsync(ITurnContext groupTurn, BotCallbackHandler privateTurn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(groupTurn);
        ArgumentNullException.ThrowIfNull(privateTurn);
        var incoming = groupTurn.Activity;
        if (groupTurn.Adapter is not CloudAdapterBase adapter || incoming.From is null || incoming.Recipient is null || string.IsNullOrEmpty(incoming.ServiceUrl))
        {
            return false;
        }
        var tenantId = TenantOf(incoming);
        var botAppId = BotAppId(groupTurn);
        var audience = groupTurn.TurnState.Get<string>(BotAdapter.OAuthScopeKey);
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount(incoming.Recipient.Id, incoming.Recipient.Name),
            // Only the ids: the connector needs no name, and names are not ours to pass around.
            Members = [new ChannelAccount(incoming.From.Id) { AadObjectId = incoming.From.AadObjectId }],
            TenantId = tenantId,
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo(tenantId) },
        };

        string? personalConversationId = null;
        try
        {
            await adapter.CreateConversationAsync(botAppId, incoming.ChannelId, incoming.ServiceUrl, audience, parameters, (created, _) =>
            {
                personalConversationId = created.Activity.Conversation?.Id;
                return Task.CompletedTask;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ErrorResponseException or HttpRequestException)
        {
            // A member can block the bot or their tenant can forbid 1:1 chats; the channel gets a pointer instead.
            LogOpenFailed(logger, ex.GetType().Name);
            return false;
        }
        if (string.IsNullOrEmpty(personalConversationId))
        {
            LogOpenFailed(logger, "NoConversationId");
            return false;
        }

        var message = PrivateCopy(incoming, personalConversationId, tenantId);
        await adapter.ContinueConversationAsync(botAppId, message, privateTurn, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The member's message as if written in the 1:1 chat: same words, sender and bot; no channel ids.</summary>
    private static Activity PrivateCopy(Activity incoming, string conversationId, string? tenantId) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = incoming.ChannelId,
        ServiceUrl = incoming.ServiceUrl,
        Timestamp = incoming.Timestamp,
        LocalTimestamp = incoming.LocalTimestamp,
        Locale = incoming.Locale,
        From = incoming.From,
        Recipient = incoming.Recipient,
        Conversation = new ConversationAccount(isGroup: false, conversationType: "personal", id: conversationId, tenantId: tenantId),
        ChannelData = new TeamsChannelData { Tenant = new TenantInfo(tenantId) },
        Text = incoming.Text,
        Value = incoming.Value,
        Attachments = incoming.Attachments,
    };

    private static string? TenantOf(Activity activity) =>
        activity.GetChannelData<TeamsChannelData>()?.Tenant?.Id ?? activity.Conversation?.TenantId;

    /// <summary>The bot's app id as the channel addressed it (the token's audience); empty when auth is off.</summary>
    private static string BotAppId(ITurnContext turnContext) =>
        (turnContext.TurnState.Get<System.Security.Principal.IIdentity>(BotAdapter.BotIdentityKey) as ClaimsIdentity)?
            .Claims.FirstOrDefault(c => c.Type == AuthenticationConstants.AudienceClaim)?.Value ?? "";

    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "Could not open a private Teams chat ({Reason}); pointed the member to a 1:1 chat instead.")]
    private static partial void LogOpenFailed(ILogger logger, string reason);
}
