using Newtonsoft.Json.Linq;

namespace IepNavigator.Teams.Tests.Fakes;

/// <summary>Activities shaped as Teams sends them (channelId msteams, tenant and team in channelData, @mentions).</summary>
public sealed class TeamsActivities(string serviceUrl)
{
    public const string BotId = "28:00000000-0000-0000-0000-00000000b07";
    public const string BotName = "IEP Navigator";
    public const string MentionText = "<at>IEP Navigator</at>";

    /// <summary>Unique per instance, so tests sharing one host never share a team, channel or tenant.</summary>
    public string TenantId { get; } = Guid.NewGuid().ToString();
    public string TeamId { get; } = $"19:team-{Guid.NewGuid():N}@thread.tacv2";
    public string ChannelId { get; } = $"19:channel-{Guid.NewGuid():N}@thread.tacv2";
    public string GroupChatId { get; } = $"19:group-{Guid.NewGuid():N}@thread.v2";

    /// <summary>A member of the team: Teams user id (29:…) and Entra object id.</summary>
    public static (string Id, string AadObjectId) NewMember() => ($"29:member-{Guid.NewGuid():N}", Guid.NewGuid().ToString());

    /// <summary>A top-level channel post mentioning the bot; replies go to its thread.</summary>
    public JObject ChannelMessage((string Id, string AadObjectId) member, string text, bool mentionBot = true, string mentionText = MentionText)
    {
        var activity = Message(member, mentionBot ? mentionText + " " + text : text, new JObject
        {
            ["isGroup"] = true,
            ["conversationType"] = "channel",
            ["id"] = ChannelId,
            ["tenantId"] = TenantId,
        }, TeamChannelData());
        if (mentionBot)
        {
            activity["entities"] = new JArray(new JObject
            {
                ["type"] = "mention",
                ["mentioned"] = new JObject { ["id"] = BotId, ["name"] = BotName },
                ["text"] = mentionText,
            });
        }
        return activity;
    }

    public JObject GroupChatMessage((string Id, string AadObjectId) member, string text) =>
        Message(member, text, new JObject
        {
            ["isGroup"] = true,
            ["conversationType"] = "groupChat",
            ["id"] = GroupChatId,
            ["tenantId"] = TenantId,
        }, new JObject { ["tenant"] = new JObject { ["id"] = TenantId } });

    public JObject PersonalMessage((string Id, string AadObjectId) member, string text) =>
        Message(member, text, new JObject
        {
            ["conversationType"] = "personal",
            ["id"] = FakeBotConnector.PersonalConversationId(member.Id),
            ["tenantId"] = TenantId,
        }, new JObject { ["tenant"] = new JObject { ["id"] = TenantId } });

    /// <summary>conversationUpdate in the team's General channel: the bot installed, or members joining the team.</summary>
    public JObject MembersAddedToTeam((string Id, string AadObjectId) by, params string[] addedIds)
    {
        var activity = Activity("conversationUpdate", by, new JObject
        {
            ["isGroup"] = true,
            ["conversationType"] = "channel",
            ["id"] = ChannelId,
            ["tenantId"] = TenantId,
        }, TeamChannelData("teamMemberAdded"));
        activity["membersAdded"] = new JArray(addedIds.Select(id => new JObject { ["id"] = id }));
        return activity;
    }

    /// <summary>conversationUpdate of a member's 1:1 chat: the app added in personal scope.</summary>
    public JObject MembersAddedToPersonalChat((string Id, string AadObjectId) member, params string[] addedIds)
    {
        var activity = Activity("conversationUpdate", member, new JObject
        {
            ["conversationType"] = "personal",
            ["id"] = FakeBotConnector.PersonalConversationId(member.Id),
            ["tenantId"] = TenantId,
        }, new JObject { ["tenant"] = new JObject { ["id"] = TenantId } });
        activity["membersAdded"] = new JArray(addedIds.Select(id => new JObject { ["id"] = id }));
        return activity;
    }

    private JObject TeamChannelData(string? eventType = null)
    {
        var data = new JObject
        {
            ["tenant"] = new JObject { ["id"] = TenantId },
            ["team"] = new JObject { ["id"] = TeamId, ["name"] = "Parents group" },
            ["channel"] = new JObject { ["id"] = ChannelId, ["name"] = "General" },
        };
        if (eventType is not null)
        {
            data["eventType"] = eventType;
        }
        return data;
    }

    private JObject Message((string Id, string AadObjectId) member, string text, JObject conversation, JObject channelData)
    {
        var activity = Activity("message", member, conversation, channelData);
        activity["text"] = text;
        activity["textFormat"] = "plain";
        return activity;
    }

    private JObject Activity(string type, (string Id, string AadObjectId) member, JObject conversation, JObject channelData) => new()
    {
        ["type"] = type,
        ["id"] = $"{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}{Random.Shared.Next(1000, 9999)}",
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("o"),
        ["locale"] = "en-US",
        ["from"] = new JObject { ["id"] = member.Id, ["name"] = "Parent", ["aadObjectId"] = member.AadObjectId },
        ["recipient"] = new JObject { ["id"] = BotId, ["name"] = BotName },
        ["conversation"] = conversation,
        ["channelData"] = channelData,
    };
}
