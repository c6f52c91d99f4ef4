using IepNavigator.DirectLine.Http;
using IepNavigator.DirectLine.Widget;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IepNavigator.DirectLine;

public static class DirectLineEndpointExtensions
{
    /// <summary>
    /// WebSockets (for the stream) and CORS (for pages on other origins). Call once, before the endpoints run;
    /// with WebApplication anywhere before <c>app.Run()</c>.
    /// </summary>
    public static IApplicationBuilder UseEmbeddedDirectLine(this IApplicationBuilder app)
    {
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseCors();
        return app;
    }

    /// <summary>
    /// Maps POST /api/widget/token and, in Embedded mode, the Direct Line 3.0 routes under /v3/directline.
    /// </summary>
    public static IEndpointRouteBuilder MapEmbeddedDirectLine(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // Protocol endpoints for the widget, not part of the documented public API (OpenAPI).
        endpoints.MapPost("/api/widget/token", WidgetTokenEndpoint.IssueAsync)
            .RequireCors(DirectLineServiceCollectionExtensions.CorsPolicyName)
            .DisableAntiforgery()
            .ExcludeFromDescription();

        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        if (options.Mode != DirectLineMode.Embedded)
        {
            return endpoints;
        }

        var directLine = endpoints.MapGroup("/v3/directline")
            .RequireCors(DirectLineServiceCollectionExtensions.CorsPolicyName)
            .DisableAntiforgery()
            .ExcludeFromDescription();
        directLine.MapPost("/tokens/generate", TokenEndpoints.GenerateAsync);
        directLine.MapPost("/tokens/refresh", TokenEndpoints.RefreshAsync);
        directLine.MapPost("/conversations", ConversationEndpoints.StartAsync);
        directLine.MapGet("/conversations/{conversationId}", ConversationEndpoints.ResumeAsync);
        directLine.MapGet("/conversations/{conversationId}/activities", ConversationEndpoints.ReadAsync);
        directLine.MapPost("/conversations/{conversationId}/activities", ConversationEndpoints.PostAsync);
        directLine.MapPost("/conversations/{conversationId}/upload", UploadEndpoint.UploadAsync);
        directLine.MapGet("/attachments/{attachmentId}", UploadEndpoint.Download);
        directLine.Map("/conversations/{conversationId}/stream", (Delegate)StreamEndpoint.HandleAsync);
        return endpoints;
    }
}
