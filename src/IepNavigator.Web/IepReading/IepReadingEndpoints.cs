using System.Text.Json;
using System.Text.Json.Serialization;
using IepNavigator.IepReading;
using IepNavigator.IepReading.Explaining;
using IepNavigator.IepReading.Model;
using IepNavigator.Knowledge.Content;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace IepNavigator.Web.IepReading;

/// <summary>
/// <c>POST /api/v1/iep/read</c>: one IEP file (PDF or .docx) as multipart/form-data, read in memory and discarded. The
/// answer is the reading (each item with its page and confidence), the contract facts it implies, what to confirm with
/// the parent and the explanation in the parent's language. Nothing of the file or its text is stored or logged.
/// </summary>
public static class IepReadingEndpoints
{
    /// <summary>Room for the multipart envelope and a language field around the file.</summary>
    private const int EnvelopeBytes = 16 * 1024;

    private const int MaxFieldBytes = 64;

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The form, as the OpenAPI document describes it.</summary>
    public sealed record IepReadForm(IFormFile File, string? Lang);

    public static IEndpointRouteBuilder MapIepReadingApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGroup("/api/v1/iep").WithTags("IEP reading")
            .MapPost("/read", ReadAsync)
            .WithName("ReadIep")
            .WithSummary("Reads an IEP (PDF or Word .docx, one file in the multipart field 'file'; optional field 'lang': en or es, else Accept-Language): present levels, goals checked for measurability, services, accommodations, progress reporting, dates and transition, each with its page and a confidence; the contract facts it implies; what to confirm; a plain explanation. The file is not kept.")
            .Accepts<IepReadForm>("multipart/form-data")
            .Produces<IepReadingResponses.ReadResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> ReadAsync(HttpRequest request, IepReader reader, IepExplainer explainer, TimeProvider clock, CancellationToken cancellationToken)
    {
        int limit = reader.Options.MaxFileBytes;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Send the IEP as multipart/form-data with the file in a field named 'file'.", "file");
        }
        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
        if (string.IsNullOrEmpty(boundary) || boundary.Length > 200)
        {
            return Problem(StatusCodes.Status400BadRequest, "The multipart body has no valid boundary.", "file");
        }
        if (request.ContentLength > limit + EnvelopeBytes)
        {
            return TooLarge(limit);
        }

        byte[]? file = null;
        string? lang = null;
        var multipart = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 8 * 1024, HeadersCountLimit = 8 };
        try
        {
            for (var section = await multipart.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false); section is not null;
                 section = await multipart.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false))
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    return Problem(StatusCodes.Status400BadRequest, "A part of the form has no Content-Disposition.", "file");
                }
                if (disposition.IsFileDisposition())
                {
                    if (file is not null)
                    {
                        return Problem(StatusCodes.Status400BadRequest, "Send one IEP file at a time.", "file");
                    }
                    file = await ReadLimitedAsync(section.Body, limit, cancellationToken).ConfigureAwait(false);
                    if (file is null)
                    {
                        return TooLarge(limit);
                    }
                }
                else if (HeaderUtilities.RemoveQuotes(disposition.Name).Equals("lang", StringComparison.OrdinalIgnoreCase))
                {
                    var value = await ReadLimitedAsync(section.Body, MaxFieldBytes, cancellationToken).ConfigureAwait(false);
                    lang = value is null ? null : System.Text.Encoding.UTF8.GetString(value).Trim();
                }
            }
        }
        catch (InvalidDataException)
        {
            // A malformed envelope, or headers past their limits.
            return Problem(StatusCodes.Status400BadRequest, "The multipart body could not be read; send one file in a field named 'file'.", "file");
        }
        if (file is null)
        {
            return Problem(StatusCodes.Status400BadRequest, "No file: put the IEP (PDF or .docx) in a field named 'file'.", "file");
        }

        var language = Language(lang, request);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var reading = await reader.ReadAsync(file, today, cancellationToken).ConfigureAwait(false);
        var explanation = explainer.Explain(reading, language, (int)Math.Round(limit / (1024.0 * 1024.0)), reader.Options.MaxPages);
        if (reading.Outcome == ReadOutcome.Refused)
        {
            return Refused(reading, explanation);
        }
        return TypedResults.Json(IepReadingResponses.Read(reading, explanation), Json);
    }

    /// <summary>The form field first, then the first language of Accept-Language we have content for, else English.</summary>
    private static string Language(string? field, HttpRequest request)
    {
        if (ContentLanguage.IsSupported(field))
        {
            return ContentLanguage.Normalize(field);
        }
        var accepted = request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value)
            .FirstOrDefault(ContentLanguage.IsSupported);
        return ContentLanguage.Normalize(accepted);
    }

    private static async Task<byte[]?> ReadLimitedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>A refused file: 413 too large, 415 not a PDF or .docx, 400 empty, 422 for the rest; the plain message in the parent's language.</summary>
    private static IResult Refused(IepExtraction reading, IepExplanation explanation)
    {
        int status = reading.Refusal switch
        {
            RefusalReason.TooLarge => StatusCodes.Status413PayloadTooLarge,
            RefusalReason.NotSupported or RefusalReason.OldWordFormat => StatusCodes.Status415UnsupportedMediaType,
            RefusalReason.Empty => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        var reason = JsonNamingPolicy.CamelCase.ConvertName(reading.Refusal!.Value.ToString());
        return TypedResults.Problem(detail: explanation.Overview, statusCode: status, title: "The IEP file could not be read",
            extensions: new Dictionary<string, object?> { ["field"] = "file", ["reason"] = reason, ["language"] = explanation.Language });
    }

    private static IResult TooLarge(int limit) =>
        Problem(StatusCodes.Status413PayloadTooLarge, $"The file is larger than {limit / (1024 * 1024)} MB. Send the IEP itself, or only the pages with the goals and services.", "file");

    private static IResult Problem(int status, string detail, string field) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: "Invalid request body", extensions: new Dictionary<string, object?> { ["field"] = field });
}
