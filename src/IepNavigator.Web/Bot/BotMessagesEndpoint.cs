using System.Text;
using IepNavigator.Web.Limits;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace IepNavigator.Web.Bot;

/// <summary>
/// POST /api/messages: validates the activity, decides who sent it (a Bot Framework token, or an unsigned caller
/// <see cref="BotCallerPolicy"/> allows), counts the turn against that identity, then hands the request to the adapter.
/// </summary>
public static partial class BotMessagesEndpoint
{
    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", HandleAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http, IBotFrameworkHttpAdapter adapter, BotFrameworkAuthentication authentication, BotCallerPolicy callers,
        IOptions<BotHostOptions> options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var request = http.Request;
        if (request.ContentType is null || !request.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Send the activity as application/json.");
        }

        var limit = options.Value.MaxMessageBytes;
        if (request.ContentLength > limit)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {limit} bytes.");
        }

        byte[] bytes;
        try
        {
            bytes = await ReadLimitedAsync(request.Body, limit, cancellationToken).ConfigureAwait(false);
        }
        catch (PayloadTooLargeException)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {limit} bytes.");
        }

        // Invalid UTF-8 becomes U+FFFD rather than an exception: the text is the parent's, the shape is ours.
        var body = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(bytes);
        var validation = IncomingActivityValidator.Validate(body);
        if (!validation.IsValid)
        {
            return Problem(StatusCodes.Status400BadRequest, validation.Problem!);
        }
        var activity = validation.Activity!;

        var logger = loggers.CreateLogger(typeof(BotMessagesEndpoint).FullName!);
        if (!callers.IsRegistered && !callers.AllowsAnonymous)
        {
            LogAnonymousRefused(logger);
            return Problem(StatusCodes.Status401Unauthorized,
                "This endpoint takes activities from Bot Framework channels only (set MicrosoftAppId, or Bot:AllowAnonymous for a trusted network).");
        }
        try
        {
            // The adapter checks the token again; checking it here first lets the turn be counted for the identity it proves.
            await authentication.AuthenticateRequestAsync(activity, request.Headers[HeaderNames.Authorization].ToString(), cancellationToken).ConfigureAwait(false);
        }
        catch (UnauthorizedAccessException ex)
        {
            LogTokenRefused(logger, ex is RejectedBotTokenException rejected ? rejected.Cause : "missing or not accepted");
            return Problem(StatusCodes.Status401Unauthorized, "The request has no valid Bot Framework token.");
        }
        if (!callers.IsRegistered && !callers.IsServiceUrlAllowed(activity.ServiceUrl))
        {
            LogServiceUrlRefused(logger, Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var url) ? url.Host : "(none)");
            return Problem(StatusCodes.Status403Forbidden,
                "The activity's serviceUrl is not one this host sends replies to (Bot:AllowedServiceUrls; loopback in Development only).");
        }
        if (http.RequestServices.GetService<ChatUserLimiter>()?.TryAcquire(http, SenderKey(http, activity, callers)) is { } refused)
        {
            return refused;
        }

        // The adapter reads the activity again: from what was read here (a chunked body cannot be read twice).
        request.Body = new MemoryStream(bytes, writable: false);
        // The bot (dialogs, rules, the message reader's models) is composed only for a request that passed every check
        // above: a refused one never pays for it, and cannot make the host build it.
        var bot = http.RequestServices.GetRequiredService<IBot>();
        try
        {
            await adapter.ProcessAsync(request, http.Response, bot, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or ErrorResponseException && !http.Response.HasStarted)
        {
            // The turn ran, but the channel at serviceUrl did not take the replies: its fault, not ours.
            return Problem(StatusCodes.Status502BadGateway, "The replies could not be delivered to the channel's serviceUrl.");
        }
        return Results.Empty;
    }

    /// <summary>
    /// Whose turn this is for the per-user limit. A signed activity's sender is the channel's word; an unsigned one
    /// only claims a from.id, so it is counted with the address it came from and cannot spend another parent's turns.
    /// </summary>
    private static string SenderKey(HttpContext http, Activity activity, BotCallerPolicy callers)
    {
        var sender = activity.ChannelId + "/" + activity.From.Id;
        return callers.IsRegistered
            ? ClientPartitions.Digest("bot", sender)
            : ClientPartitions.Digest("unsigned", ClientPartitions.IpKey(http) + "|" + sender);
    }

    private static async Task<byte[]> ReadLimitedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new PayloadTooLargeException();
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static ProblemHttpResult Problem(int status, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status);

    // One line per refusal, no exception object (no stack trace), nothing from the activity but a host name.
    [LoggerMessage(EventId = 7201, Level = LogLevel.Warning, Message = "Rejected an /api/messages request with 401: Bot Framework token {Reason}.")]
    private static partial void LogTokenRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 7202, Level = LogLevel.Warning,
        Message = "Rejected an unsigned /api/messages request with 401: MicrosoftAppId is empty and Bot:AllowAnonymous is off outside Development.")]
    private static partial void LogAnonymousRefused(ILogger logger);

    [LoggerMessage(EventId = 7203, Level = LogLevel.Warning,
        Message = "Rejected an unsigned /api/messages request with 403: its serviceUrl host {ServiceHost} is not in Bot:AllowedServiceUrls.")]
    private static partial void LogServiceUrlRefused(ILogger logger, string serviceHost);

    private sealed class PayloadTooLargeException : Exception;
}
