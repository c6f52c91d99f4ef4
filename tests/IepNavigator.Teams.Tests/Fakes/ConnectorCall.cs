using Newtonsoft.Json.Linq;

namespace IepNavigator.Teams.Tests.Fakes;

/// <summary>One request the bot made to the fake Bot Connector.</summary>
public sealed record ConnectorCall(string Method, string Path, string? ConversationId, string? ReplyToId, JObject? Body)
{
    /// <summary>A message the bot posted (reply or proactive), not a conversation creation or a members lookup.</summary>
    public bool IsMessage => Method == "POST" && Path.Contains("/activities", StringComparison.Ordinal) && Body?.Value<string>("type") == "message";

    public string Text => Body?.Value<string>("text") ?? "";

    /// <summary>Everything a reader of the conversation would see: text, card JSON, suggested actions.</summary>
    public string VisibleContent => Body is null ? "" : string.Join("\n",
        Text,
        Body["attachments"]?.ToString() ?? "",
        Body["suggestedActions"]?.ToString() ?? "");
}
