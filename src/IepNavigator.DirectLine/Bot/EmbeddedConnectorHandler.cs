using System.Net;
using System.Text;
using IepNavigator.DirectLine.Conversations;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace IepNavigator.DirectLine.Bot;

/// <summary>
/// The Bot Connector API the bot's ConnectorClient calls, answered in memory: replies and proactive
/// sends go into the conversation log, update/delete edit it, members lists the parent and the bot.
/// </summary>
public sealed class EmbeddedConnectorHandler(ConversationHub hub, ChannelAccounts accounts) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Ids contain '|', which arrives escaped (%7C); unescape each segment after splitting.
        var path = (request.RequestUri?.AbsolutePath ?? string.Empty)
            .Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(Uri.UnescapeDataString)
            .ToArray();
        if (path.Length < 4 || path[0] != "v3" || path[1] != "conversations")
        {
            return Status(HttpStatusCode.NotFound);
        }

        var conversation = await hub.Log.FindAsync(path[2], cancellationToken).ConfigureAwait(false);
        if (conversation is null)
        {
            return Status(HttpStatusCode.NotFound);
        }

        var rest = path[3..];
        var method = request.Method.Method;
        return (method, rest) switch
        {
            ("POST", ["activities"]) => await SendAsync(conversation, request, null, cancellationToken).ConfigureAwait(false),
            ("POST", ["activities", var replyTo]) => await SendAsync(conversation, request, replyTo, cancellationToken).ConfigureAwait(false),
            ("PUT", ["activities", var id]) => await UpdateAsync(conversation, request, id, cancellationToken).ConfigureAwait(false),
            ("DELETE", ["activities", var id]) => await hub.Log.DeleteAsync(conversation.ConversationId, id, cancellationToken).ConfigureAwait(false)
                ? Status(HttpStatusCode.OK)
                : Status(HttpStatusCode.NotFound),
            ("GET", ["members"]) or ("GET", ["activities", _, "members"]) => Json(Members(conversation)),
            ("GET", ["pagedmembers"]) => Json(new PagedMembersResult { Members = Members(conversation) }),
            ("GET", ["members", var memberId]) => Members(conversation).FirstOrDefault(m => m.Id == memberId) is { } member
                ? Json(member)
                : Status(HttpStatusCode.NotFound),
            _ => Status(HttpStatusCode.NotFound),
        };
    }

    private async Task<HttpResponseMessage> SendAsync(ConversationInfo conversation, HttpRequestMessage request, string? replyTo, CancellationToken cancellationToken)
    {
        var activity = await ReadActivityAsync(request, cancellationToken).ConfigureAwait(false);
        if (activity is null)
        {
            return Status(HttpStatusCode.BadRequest);
        }

        activity.ReplyToId ??= replyTo;
        Stamp(conversation, activity);
        var logged = await hub.AppendAsync(conversation.ConversationId, activity, cancellationToken).ConfigureAwait(false);
        return Json(new ResourceResponse(logged.Activity.Id));
    }

    private async Task<HttpResponseMessage> UpdateAsync(ConversationInfo conversation, HttpRequestMessage request, string id, CancellationToken cancellationToken)
    {
        var activity = await ReadActivityAsync(request, cancellationToken).ConfigureAwait(false);
        if (activity is null)
        {
            return Status(HttpStatusCode.BadRequest);
        }

        activity.Id = id;
        Stamp(conversation, activity);
        var logged = await hub.ReplaceAsync(conversation.ConversationId, activity, cancellationToken).ConfigureAwait(false);
        return logged is null ? Status(HttpStatusCode.NotFound) : Json(new ResourceResponse(id));
    }

    /// <summary>What the client expects on a bot activity, whatever the bot filled in.</summary>
    private void Stamp(ConversationInfo conversation, Activity activity)
    {
        var bot = accounts.Bot();
        activity.From = new ChannelAccount(activity.From?.Id ?? bot.Id, activity.From?.Name ?? bot.Name, RoleTypes.Bot);
        activity.Recipient = ChannelAccounts.User(conversation.UserId);
        activity.Conversation = new ConversationAccount(id: conversation.ConversationId);
        activity.ChannelId = ChannelAccounts.ChannelId;
        activity.ServiceUrl = null;
    }

    private List<ChannelAccount> Members(ConversationInfo conversation) =>
        [ChannelAccounts.User(conversation.UserId), accounts.Bot()];

    private static async Task<Activity?> ReadActivityAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is null)
        {
            return null;
        }

        try
        {
            return ActivityJson.Deserialize(await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static HttpResponseMessage Json(object body) => new(HttpStatusCode.OK)
    {
        Content = new StringContent(ActivityJson.Serialize(body), Encoding.UTF8, "application/json"),
    };

    private static HttpResponseMessage Status(HttpStatusCode status) => new(status)
    {
        Content = new StringContent("{}", Encoding.UTF8, "application/json"),
    };
}
