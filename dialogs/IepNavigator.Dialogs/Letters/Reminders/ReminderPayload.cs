using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Letters.Reminders;

/// <summary>
/// What a stored reminder carries: where to write (a conversation reference with display names removed) and
/// which ledger entry it is about. No message text, names or dates of birth.
/// </summary>
public sealed class ReminderPayload
{
    public ConversationReference Reference { get; set; } = new();
    public string CaseId { get; set; } = "";
    public string EntryId { get; set; } = "";

    public static ReminderPayload For(ITurnContext turnContext, string caseId, string entryId)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var reference = turnContext.Activity.GetConversationReference();
        // Display names are personal and not needed to reach the conversation.
        reference.User = reference.User is null ? null : new ChannelAccount(reference.User.Id, role: reference.User.Role) { AadObjectId = reference.User.AadObjectId };
        reference.Conversation = reference.Conversation is null ? null : new ConversationAccount(reference.Conversation.IsGroup, reference.Conversation.ConversationType, reference.Conversation.Id, tenantId: reference.Conversation.TenantId);
        return new ReminderPayload { Reference = reference, CaseId = caseId, EntryId = entryId };
    }

    /// <summary>The reminder id: the user's state key prefix, so "delete my data" can remove them by prefix.</summary>
    public static string IdFor(ITurnContext turnContext, string entryId)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return $"{turnContext.Activity.ChannelId}/users/{turnContext.Activity.From?.Id}/letters/{entryId}";
    }

    public string Write() => JsonConvert.SerializeObject(this);

    /// <summary>The payload, or null when it cannot be read (written by an older release).</summary>
    public static ReminderPayload? Read(string json)
    {
        try
        {
            var payload = JObject.Parse(json).ToObject<ReminderPayload>();
            return payload is { Reference.Conversation: not null, CaseId.Length: > 0, EntryId.Length: > 0 } ? payload : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
