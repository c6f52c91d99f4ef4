namespace IepNavigator.Web.Telemetry;

/// <summary>
/// Counts letters handed to a parent: a successful render (POST /api/v1/letters/{id}/render) or download by
/// signed link. Recognised by endpoint name after the endpoint ran, so the letters code needs no telemetry.
/// </summary>
public sealed class LetterTelemetryStartupFilter(HostMetrics metrics) : IStartupFilter
{
    private static readonly HashSet<string> LetterEndpoints = new(StringComparer.Ordinal) { "RenderLetter", "DownloadLetter" };

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (http, nextMiddleware) =>
        {
            await nextMiddleware(http).ConfigureAwait(false);
            if (http.Response.StatusCode == StatusCodes.Status200OK
                && http.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName is { } name
                && LetterEndpoints.Contains(name))
            {
                metrics.LetterRendered(TagVocabulary.LetterFormat(http.Response.ContentType));
            }
        });
        next(app);
    };
}
