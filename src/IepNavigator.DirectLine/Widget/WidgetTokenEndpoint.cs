using System.Text.Json;
using IepNavigator.DirectLine.Conversations;
using IepNavigator.DirectLine.Http;
using IepNavigator.DirectLine.Tokens;
using Microsoft.AspNetCore.Http;
using Activity = Microsoft.Bot.Schema.Activity;
using ActivityTypes = Microsoft.Bot.Schema.ActivityTypes;
using RoleTypes = Microsoft.Bot.Schema.RoleTypes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IepNavigator.DirectLine.Widget;

/// <summary>
/// POST /api/widget/token: a Direct Line token for the widget. A browser that kept its user key gets the same user id
/// (so the bot finds its case) and the key's successor; one that also kept a recent conversation token of that same
/// user gets that conversation back. A conversation token alone proves nothing about the user: it never yields the
/// user id or a key. Azure mode asks Azure instead; the secret stays on the server.
/// </summary>
internal static class WidgetTokenEndpoint
{
    public static async Task<IResult> IssueAsync(
        HttpContext context, DirectLineTokenService tokens, WidgetUserKeys keys, TimeProvider clock, IConversationLog log, IOptions<DirectLineOptions> options, DirectLineChannel channel)
    {
        var cancellationToken = context.RequestAborted;
        var body = await ReadAsync(context.Request).ConfigureAwait(false);
        var knownUser = await keys.RedeemAsync(body?.UserKey, cancellationToken).ConfigureAwait(false);

        if (options.Value.Mode == DirectLineMode.Azure)
        {
            return await IssueFromAzureAsync(context, body, knownUser, keys).ConfigureAwait(false);
        }

        var previous = knownUser is null ? null : await tokens.CheckAsync(body?.ConversationToken, TokenPurpose.Conversation, cancellationToken).ConfigureAwait(false);
        var resumable = previous?.Claims is { } claims
            && claims.UserId == knownUser
            && (previous.IsValid || (previous.Status == TokenStatus.Expired && claims.ExpiresAt + options.Value.ResumeWindow > clock.GetUtcNow()))
            // A conversation the log no longer has (restart, eviction) would reopen empty and ungreeted: start anew.
            && await log.FindAsync(claims.ConversationId!, cancellationToken).ConfigureAwait(false) is not null;

        var userId = knownUser ?? TokenEndpoints.NewUserId();
        var conversationId = resumable ? previous!.Claims!.ConversationId! : TokenEndpoints.NewConversationId();
        var request = context.Request;
        var token = await tokens.IssueConversationTokenAsync(conversationId, userId, cancellationToken).ConfigureAwait(false);
        string? streamUrl = null;
        IReadOnlyList<PreviewMessage>? preview = null;
        if (body?.Start == true)
        {
            // Opened here, as Direct Line's start would: a new conversation's conversationUpdate carries the widget's
            // locale, so the bot greets in it, and the greeting waits in the log for the socket (the stream replays it).
            if (!resumable)
            {
                await channel.StartAsync(conversationId, userId, cancellationToken, Locale(body.Locale)).ConfigureAwait(false);
            }

            streamUrl = StreamUrls.For(request, conversationId, token, watermark: null);
            // The welcome (or where a returning parent left off), readable before Web Chat's 3.9 MB bundle has compiled:
            // the widget shows it at once and hands over to Web Chat's transcript, which the stream replays.
            preview = Preview((await log.ReadAfterAsync(conversationId, null, cancellationToken).ConfigureAwait(false)).Activities);
        }

        return Results.Json(new WidgetTokenResponse(
            token,
            userId,
            TokenEndpoints.Seconds(tokens),
            conversationId,
            resumable,
            $"{request.Scheme}://{request.Host}{request.PathBase}/v3/directline",
            await keys.IssueAsync(userId, cancellationToken).ConfigureAwait(false),
            streamUrl,
            Started: streamUrl is not null,
            Preview: preview));
    }

    /// <summary>How many of the last messages the preview shows: a screenful of the panel.</summary>
    internal const int PreviewMessages = 3;

    /// <summary>The last messages with text, oldest first (cards, files and events are Web Chat's to show).</summary>
    internal static IReadOnlyList<PreviewMessage> Preview(IReadOnlyList<Activity> activities) =>
        activities
            .Where(a => a.Type == ActivityTypes.Message && !string.IsNullOrWhiteSpace(a.Text))
            .TakeLast(PreviewMessages)
            .Select(a => new PreviewMessage(a.From?.Role == RoleTypes.User ? "user" : "bot", a.Text))
            .ToList();

    /// <summary>A BCP 47 tag as Web Chat sends it ("es-US"), or null for anything else.</summary>
    private static string? Locale(string? locale) =>
        locale is { Length: >= 2 and <= 35 } && locale.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? locale : null;

    private static async Task<IResult> IssueFromAzureAsync(HttpContext context, WidgetTokenRequest? body, string? knownUser, WidgetUserKeys keys)
    {
        var azure = context.RequestServices.GetRequiredService<AzureDirectLineClient>();
        var options = context.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        var userId = knownUser ?? TokenEndpoints.NewUserId();
        AzureToken? token = null;
        var resumed = false;
        if (knownUser is not null && !string.IsNullOrEmpty(body?.ConversationToken))
        {
            token = await azure.RefreshAsync(body.ConversationToken, context.RequestAborted).ConfigureAwait(false);
            resumed = token is not null;
        }

        token ??= await azure.GenerateAsync(userId, context.RequestAborted).ConfigureAwait(false);
        if (token is null)
        {
            return Results.Json(new { error = new { code = "ServiceUnavailable", message = "Direct Line did not issue a token." } }, statusCode: StatusCodes.Status502BadGateway);
        }

        return Results.Json(new WidgetTokenResponse(
            token.Token, userId, token.ExpiresIn, token.ConversationId, resumed, options.AzureEndpoint.ToString().TrimEnd('/'),
            await keys.IssueAsync(userId, context.RequestAborted).ConfigureAwait(false)));
    }

    private static async Task<WidgetTokenRequest?> ReadAsync(HttpRequest request)
    {
        // Any content type: the widget posts text/plain so that a page on another site needs no preflight.
        if (request.ContentLength is 0 or > 8192)
        {
            return null;
        }

        try
        {
            return await JsonSerializer.DeserializeAsync<WidgetTokenRequest>(request.Body, cancellationToken: request.HttpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
