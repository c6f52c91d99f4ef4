using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Options;

namespace IepNavigator.Web.Bot;

/// <summary>POST /api/messages: validates the activity, then hands the request to the Bot Framework adapter.</summary>
public static class BotMessagesEndpoint
{
    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", HandleAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot, IOptions<BotHostOptions> options, CancellationToken cancellationToken)
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

        // The adapter reads the activity again: from what was read here (a chunked body cannot be read twice).
        request.Body = new MemoryStream(bytes, writable: false);
        try
        {
            await adapter.ProcessAsync(request, http.Response, bot, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or Microsoft.Bot.Schema.ErrorResponseException && !http.Response.HasStarted)
        {
            // The turn ran, but the channel at serviceUrl did not take the replies: its fault, not ours.
            return Problem(StatusCodes.Status502BadGateway, "The replies could not be delivered to the channel's serviceUrl.");
        }
        return Results.Empty;
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

    private sealed class PayloadTooLargeException : Exception;
}
