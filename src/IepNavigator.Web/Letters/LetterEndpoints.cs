using IepNavigator.Knowledge;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Content;
using IepNavigator.Letters;
using IepNavigator.Letters.Templates;
using IepNavigator.Letters.Rendering;
using IepNavigator.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IepNavigator.Web.Letters;

/// <summary>Letters over HTTP: the catalog, rendering from fields + facts, and downloads by signed link.</summary>
public static class LetterEndpoints
{
    private const int MaxRequestBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapLetterApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/letters").WithTags("Letters");
        api.MapGet("/", List)
            .WithName("Letters")
            .WithSummary("Every letter template: id, title, citations, the fields it needs and the deadline it starts; lang=en|es (default en).");

        api.MapPost("/{id}/render", RenderAsync)
            .WithName("RenderLetter")
            .WithSummary("Renders a letter as txt, docx or ics; lang=en|es, or es-en (English and Spanish side by side, docx only); 422 lists the fields still missing.")
            .Accepts<LetterRenderRequest>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapGet("/download/{token}", DownloadAsync)
            .WithName("DownloadLetter")
            .WithSummary("Downloads a letter by the short-lived signed link the chat gave (its language is sealed in the link; 404 once expired, or once the parent deleted their data).");

        api.MapGet("/step-calendar/{token}", StepCalendarAsync)
            .WithName("DownloadStepCalendar")
            .WithSummary("Downloads the calendar file (.ics) of one dated step of the advice by the short-lived signed link the chat gave (404 once expired, once the parent deleted their data, or when the step has no date any more).");
        return endpoints;
    }

    private static async Task<IResult> StepCalendarAsync(string token, LetterLinks links, IAdvisor advisor, HttpContext context)
    {
        var order = await links.OpenStepCalendarAsync(token, context.RequestAborted).ConfigureAwait(false);
        NextStep? step = null;
        if (order is not null)
        {
            // The step's sentences in the language the parent read them in; the date from the same facts and day as the advice.
            using var language = ContentLanguage.Begin(order.Language);
            step = advisor.Advise(order.Facts, order.Today).Steps.FirstOrDefault(s => s.Id == order.StepId);
        }
        if (step is null || LetterRenderer.RenderStepIcs(step) is not { } ics)
        {
            return TypedResults.Problem(detail: "This download link has expired or is not valid. Ask the assistant for a new one.",
                statusCode: StatusCodes.Status404NotFound);
        }
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(ics), "text/calendar",
            $"{step.Id}-{step.DueBy!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}.ics");
    }

    private static IResult List(string? lang, LetterTemplateCatalog catalog)
    {
        if (!LetterLanguages.TryParse(lang, out var language) || LetterLanguages.IsSideBySide(language))
        {
            return LanguageProblem("lang must be en or es.");
        }
        return TypedResults.Ok(catalog.AllIn(language).Select(t => new
        {
            t.Id,
            t.Title,
            t.Citations,
            fields = t.Fields.Select(f => new { f.Name, f.Label, f.Required }),
            deadline = new { t.Deadline.Id, t.Deadline.Title, t.Deadline.Days },
        }));
    }

    private static async Task<IResult> RenderAsync(
        string id, string? format, string? lang, HttpRequest request, LetterRenderer renderer, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!renderer.Catalog.Contains(id))
        {
            return TypedResults.Problem(detail: $"There is no letter '{id}'.", statusCode: StatusCodes.Status404NotFound);
        }
        if (!LetterFormats.TryParse(format, out var letterFormat))
        {
            return TypedResults.Problem(detail: "format must be txt, docx or ics.", statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["field"] = "format" });
        }
        // Default English, whatever the request's culture: the school's letter is in English.
        if (!LetterLanguages.TryParse(lang, out var language))
        {
            return LanguageProblem("lang must be en, es or es-en.");
        }
        if (LetterLanguages.IsSideBySide(language) && letterFormat != LetterFormat.Docx)
        {
            return LanguageProblem("lang=es-en (side by side) is a docx only.");
        }
        var read = await JsonBody.ReadAsync<LetterRenderRequest>(request, MaxRequestBytes, KnowledgeJson.Options, cancellationToken).ConfigureAwait(false);
        if (read.Problem is not null)
        {
            return read.Problem;
        }
        var body = read.Value!;
        if (RequestDates.Check(body.Facts, "facts.") is { Count: > 0 } outOfRange)
        {
            return TypedResults.ValidationProblem(outOfRange);
        }
        var today = body.Facts.Today ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var errors = CaseFactsValidator.Validate(body.Facts, today);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(
                errors.GroupBy(e => "facts." + e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
        }

        var result = renderer.Render(id, letterFormat, body.Fields, body.Facts, today, language);
        return result.IsRendered
            ? TypedResults.File(result.Value!.Content, result.Value.ContentType, result.Value.FileName)
            : MissingFields(result.MissingFields.Select(f => f.Name));
    }

    private static async Task<IResult> DownloadAsync(string token, string? lang, LetterLinks links, LetterRenderer renderer, HttpContext context)
    {
        var order = await links.OpenAsync(token, context.RequestAborted).ConfigureAwait(false);
        // The language is sealed in the token; a lang in the address must be the sealed one (links show it), so
        // changing it is tampering like any other.
        if (order is null || (lang is not null && !string.Equals(lang, order.Language, StringComparison.Ordinal)))
        {
            // Expired, tampered with, or never issued: the same answer, so a link reveals nothing.
            return TypedResults.Problem(detail: "This download link has expired or is not valid. Ask the assistant for a new one.",
                statusCode: StatusCodes.Status404NotFound);
        }
        // The child's name and birth date: never kept by a browser or a proxy, so deletion leaves no copy behind.
        context.Response.Headers.CacheControl = "no-store";
        var result = renderer.Render(order.LetterId, order.Format, order.Fields, order.Facts, order.Today, order.Language);
        return result.IsRendered
            ? TypedResults.File(result.Value!.Content, result.Value.ContentType, result.Value.FileName)
            : MissingFields(result.MissingFields.Select(f => f.Name));
    }

    private static ProblemHttpResult LanguageProblem(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["field"] = "lang" });

    private static ProblemHttpResult MissingFields(IEnumerable<string> names) =>
        TypedResults.Problem(detail: "Some fields the letter needs are missing.", statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "Missing fields", extensions: new Dictionary<string, object?> { ["missingFields"] = names.ToArray() });
}
