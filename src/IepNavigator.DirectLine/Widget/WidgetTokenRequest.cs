using System.Text.Json.Serialization;

namespace IepNavigator.DirectLine.Widget;

/// <summary>
/// What the widget sends to POST /api/widget/token: what it kept from last time, if anything; and, from a widget that
/// can use it, <c>start</c> with its <c>locale</c>: open the conversation now (the bot greets in that language) and
/// answer its <c>streamUrl</c>, so the browser skips Direct Line's start call (and its preflight) on a phone network.
/// </summary>
internal sealed record WidgetTokenRequest(
    [property: JsonPropertyName("conversationToken")] string? ConversationToken,
    [property: JsonPropertyName("userKey")] string? UserKey,
    [property: JsonPropertyName("start")] bool Start = false,
    [property: JsonPropertyName("locale")] string? Locale = null);

/// <summary>
/// The widget's token: <c>token</c>, <c>userId</c> and <c>expires_in</c> (the contract), plus the conversation
/// to resume, the Direct Line base URL to use, and the key that keeps this browser's user id next time. When the call
/// opened (or resumed) the conversation, <c>preview</c> holds the text of its last messages (the bot's welcome on a new
/// one), which the widget shows while Web Chat's bundle loads and replaces with Web Chat's transcript.
/// </summary>
internal sealed record WidgetTokenResponse(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("userId")] string UserId,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("resumed")] bool Resumed,
    [property: JsonPropertyName("domain")] string Domain,
    [property: JsonPropertyName("userKey")] string UserKey,
    [property: JsonPropertyName("streamUrl")][property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StreamUrl = null,
    [property: JsonPropertyName("started")] bool Started = false,
    [property: JsonPropertyName("preview")][property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<PreviewMessage>? Preview = null);

/// <summary>One message of the transcript's preview: who said it (<c>bot</c> or <c>user</c>) and its text.</summary>
internal sealed record PreviewMessage(
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("text")] string Text);
