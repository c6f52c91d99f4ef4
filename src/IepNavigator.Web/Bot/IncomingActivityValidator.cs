using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Web.Bot;

/// <summary>
/// Checks an incoming Bot Framework activity before the adapter sees it: CloudAdapter answers 500 to an
/// activity without serviceUrl and silently 200 to one without a conversation, so we answer 400 first.
/// </summary>
public static class IncomingActivityValidator
{
    /// <summary>The activity types of the Bot Framework schema; anything else is refused.</summary>
    private static readonly HashSet<string> KnownTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.ContactRelationUpdate,
        ActivityTypes.Typing, ActivityTypes.EndOfConversation, ActivityTypes.Event, ActivityTypes.Invoke,
        ActivityTypes.DeleteUserData, ActivityTypes.MessageUpdate, ActivityTypes.MessageDelete,
        ActivityTypes.InstallationUpdate, ActivityTypes.MessageReaction, ActivityTypes.Suggestion,
        ActivityTypes.Trace, ActivityTypes.Handoff, ActivityTypes.Command, ActivityTypes.CommandResult,
    };

    /// <summary>Deeper nesting than any real activity has; protects the parser.</summary>
    private const int MaxDepth = 32;

    /// <summary>Valid: the activity as the adapter will read it; invalid: the problem to answer with.</summary>
    public sealed record Result(bool IsValid, string? Problem, Activity? Activity = null)
    {
        public static Result Ok(Activity activity) => new(true, null, activity);
        public static Result Fail(string problem) => new(false, problem);
    }

    public static Result Validate(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return Result.Fail("The request body is empty; an activity (JSON) was expected.");
        }

        JObject json;
        try
        {
            using var reader = new JsonTextReader(new StringReader(body)) { MaxDepth = MaxDepth, DateParseHandling = DateParseHandling.None };
            var token = JToken.ReadFrom(reader);
            if (token is not JObject obj)
            {
                return Result.Fail("The request body must be a JSON object (an activity).");
            }
            if (reader.Read())
            {
                return Result.Fail("The request body has content after the activity.");
            }
            json = obj;
        }
        catch (JsonException)
        {
            return Result.Fail("The request body is not valid JSON.");
        }

        var type = json.Value<JToken>("type");
        if (type is not { Type: JTokenType.String } || string.IsNullOrWhiteSpace(type.Value<string>()))
        {
            return Result.Fail("The activity has no 'type'.");
        }
        if (!KnownTypes.Contains(type.Value<string>()!))
        {
            return Result.Fail("The activity type is not one this bot understands.");
        }
        if (json["conversation"] is not JObject conversation
            || conversation["id"] is not { Type: JTokenType.String } conversationId
            || string.IsNullOrWhiteSpace(conversationId.Value<string>()))
        {
            return Result.Fail("The activity has no 'conversation.id'.");
        }
        if (json["serviceUrl"] is not { Type: JTokenType.String } serviceUrl
            || !Uri.TryCreate(serviceUrl.Value<string>(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return Result.Fail("The activity has no valid 'serviceUrl'.");
        }
        // The bot keys a parent's case by from.id and replies as recipient: a turn without them cannot work.
        if (json["from"] is not JObject from || from["id"] is not { Type: JTokenType.String } fromId || string.IsNullOrWhiteSpace(fromId.Value<string>()))
        {
            return Result.Fail("The activity's 'from' must be an object with an 'id'.");
        }
        if (json["recipient"] is not JObject)
        {
            return Result.Fail("The activity has no 'recipient'.");
        }
        // State is stored under {channelId}/users/{from.id}: without a channel there is nowhere to keep the case.
        if (json["channelId"] is not { Type: JTokenType.String } channelId || string.IsNullOrWhiteSpace(channelId.Value<string>()))
        {
            return Result.Fail("The activity has no 'channelId'.");
        }
        if (json["text"] is JToken text && text.Type != JTokenType.String && text.Type != JTokenType.Null)
        {
            return Result.Fail("The activity's 'text' must be a string.");
        }
        if (json["text"] is { Type: JTokenType.String } textValue && HasLoneSurrogate(textValue.Value<string>()!))
        {
            return Result.Fail("The activity's 'text' is not valid Unicode.");
        }
        if (json["attachments"] is JToken attachments && attachments.Type != JTokenType.Array && attachments.Type != JTokenType.Null)
        {
            return Result.Fail("The activity's 'attachments' must be an array.");
        }
        return TryConvert(json);
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }
        return false;
    }

    private static Result TryConvert(JObject json)
    {
        try
        {
            // The adapter will deserialize it the same way; a shape it cannot read is a 400 here, not a 500 there.
            return json.ToObject<Activity>() is { } activity ? Result.Ok(activity) : Result.Fail("The request body must be an activity.");
        }
        catch (JsonException)
        {
            return Result.Fail("The activity has a field of the wrong type.");
        }
        catch (ArgumentException)
        {
            return Result.Fail("The activity has a field of the wrong type.");
        }
    }
}
