using System.Globalization;
using IepNavigator.DirectLine.Conversations;
using IepNavigator.DirectLine.Tokens;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace IepNavigator.DirectLine.Http;

/// <summary>Start, resume, read (polling) and post: the conversation half of Direct Line 3.0.</summary>
internal static class ConversationEndpoints
{
    /// <summary>POST /conversations: 201 when new, 200 when the token's conversation already exists.</summary>
    public static async Task<IResult> StartAsync(HttpRequest request, DirectLineAuthenticator auth, DirectLineTokenService tokens, DirectLineChannel channel)
    {
        var (caller, error) = await auth.AuthenticateAsync(request).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var conversationId = caller!.Token?.ConversationId ?? TokenEndpoints.NewConversationId();
        var userId = caller.Token?.UserId ?? await TokenEndpoints.ReadUserIdAsync(request).ConfigureAwait(false) ?? TokenEndpoints.NewUserId();
        var (conversation, created) = await channel.StartAsync(conversationId, userId, request.HttpContext.RequestAborted).ConfigureAwait(false);
        var body = await DescribeAsync(request, tokens, conversation, null).ConfigureAwait(false);
        return created ? Results.Json(body, statusCode: StatusCodes.Status201Created) : Results.Json(body);
    }

    /// <summary>GET /conversations/{id}: resume and WebSocket reconnect. Must return a token (DLJS replaces its own).</summary>
    public static async Task<IResult> ResumeAsync(HttpRequest request, string conversationId, DirectLineAuthenticator auth, DirectLineTokenService tokens, DirectLineChannel channel)
    {
        var (caller, error) = await auth.AuthenticateAsync(request).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (!caller!.MayUse(conversationId))
        {
            return DirectLineErrors.WrongConversation();
        }

        // A token proves the server issued this conversation, so one lost from memory (a restart) is started afresh.
        var conversation = caller.Token is { } token
            ? (await channel.StartAsync(conversationId, token.UserId, request.HttpContext.RequestAborted).ConfigureAwait(false)).Conversation
            : await channel.Hub.Log.FindAsync(conversationId, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return conversation is null
            ? DirectLineErrors.UnknownConversation()
            : Results.Json(await DescribeAsync(request, tokens, conversation, StreamUrls.ParseWatermark(request.Query["watermark"])).ConfigureAwait(false));
    }

    /// <summary>GET /conversations/{id}/activities?watermark=W (polling): what followed W, and a string watermark.</summary>
    public static async Task<IResult> ReadAsync(HttpRequest request, string conversationId, DirectLineAuthenticator auth, DirectLineChannel channel)
    {
        var (conversation, error) = await AuthorizeAsync(request, conversationId, auth, channel).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var page = await channel.Hub.Log.ReadAfterAsync(conversation!.ConversationId, StreamUrls.ParseWatermark(request.Query["watermark"]), request.HttpContext.RequestAborted).ConfigureAwait(false);
        return Results.Text(ActivityJson.Serialize(new ActivitySetBody(page.Activities, page.Watermark.ToString(CultureInfo.InvariantCulture))), "application/json");
    }

    /// <summary>POST /conversations/{id}/activities: echo, run the bot, answer <c>{id}</c> (the id the bot saw).</summary>
    public static async Task<IResult> PostAsync(HttpRequest request, string conversationId, DirectLineAuthenticator auth, DirectLineChannel channel, IOptions<DirectLineOptions> options)
    {
        var (conversation, error) = await AuthorizeAsync(request, conversationId, auth, channel).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var (activity, bodyError) = await ActivityBodyReader.ReadAsync(request, options.Value.MaxActivityBytes, request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (bodyError is not null)
        {
            return bodyError;
        }

        var id = await channel.PostFromUserAsync(conversation!, activity!, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return Results.Text(ActivityJson.Serialize(new ResourceResponse(id)), "application/json");
    }

    /// <summary>Auth, then 403 for another conversation's token, then 404 for an unknown conversation.</summary>
    public static async Task<(ConversationInfo? Conversation, IResult? Error)> AuthorizeAsync(HttpRequest request, string conversationId, DirectLineAuthenticator auth, DirectLineChannel channel, bool allowQueryToken = false)
    {
        var (caller, error) = await auth.AuthenticateAsync(request, allowQueryToken: allowQueryToken).ConfigureAwait(false);
        if (error is not null)
        {
            return (null, error);
        }

        if (!caller!.MayUse(conversationId))
        {
            return (null, DirectLineErrors.WrongConversation());
        }

        var conversation = await channel.Hub.Log.FindAsync(conversationId, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return conversation is null ? (null, DirectLineErrors.UnknownConversation()) : (conversation, null);
    }

    private static async Task<ConversationResponse> DescribeAsync(HttpRequest request, DirectLineTokenService tokens, ConversationInfo conversation, long? watermark)
    {
        var token = await tokens.IssueConversationTokenAsync(conversation.ConversationId, conversation.UserId, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return new ConversationResponse(
            conversation.ConversationId, token, TokenEndpoints.Seconds(tokens), StreamUrls.For(request, conversation.ConversationId, token, watermark));
    }
}

/// <summary>An ActivitySet: <c>{activities:[…], watermark:"N"}</c>; the watermark is always a string.</summary>
internal sealed record ActivitySetBody(
    [property: Newtonsoft.Json.JsonProperty("activities")] IReadOnlyList<Activity> Activities,
    [property: Newtonsoft.Json.JsonProperty("watermark")] string? Watermark);
