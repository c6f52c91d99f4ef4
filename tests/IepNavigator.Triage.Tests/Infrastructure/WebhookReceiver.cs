using System.Collections.Concurrent;
using System.Text.Json;
using IepNavigator.Triage.Webhook;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IepNavigator.Triage.Tests.Infrastructure;

/// <summary>
/// A booking system on a real loopback Kestrel (port 0). It verifies every signature, answers 500 to the first
/// <c>failures</c> requests, and processes each delivery id once, as a well-behaved receiver should.
/// <c>loseFirstResponse</c>: the first request is processed but answered 500, as when a response is lost.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedRequest> _requests = new();
    private readonly ConcurrentDictionary<string, JsonElement> _processed = new();
    private readonly TaskCompletionSource<JsonElement> _firstProcessed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _failuresLeft;

    private WebhookReceiver(WebApplication app, int failures)
    {
        _app = app;
        _failuresLeft = failures;
    }

    public Uri Url { get; private set; } = null!;

    public IReadOnlyCollection<ReceivedRequest> Requests => _requests;

    /// <summary>Delivery id → body, each processed once.</summary>
    public IReadOnlyDictionary<string, JsonElement> Processed => _processed;

    public Task<JsonElement> FirstProcessed => _firstProcessed.Task;

    public static async Task<WebhookReceiver> StartAsync(int failures = 0, bool loseFirstResponse = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, failures);
        app.MapPost("/bookings", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers;
            var valid = WebhookSignature.Verify(TriageConfiguration.WebhookSecret, headers[WebhookSignature.TimestampHeader], body,
                headers[WebhookSignature.SignatureHeader], DateTimeOffset.UtcNow, TimeSpan.FromDays(3650));
            var deliveryId = headers[WebhookSignature.DeliveryHeader].ToString();
            receiver._requests.Enqueue(new ReceivedRequest(deliveryId, valid, body));
            if (!valid)
            {
                return Results.Unauthorized();
            }

            if (Interlocked.Decrement(ref receiver._failuresLeft) >= 0 && !loseFirstResponse)
            {
                return Results.StatusCode(StatusCodes.Status500InternalServerError);
            }

            using var document = JsonDocument.Parse(body);
            if (receiver._processed.TryAdd(deliveryId, document.RootElement.Clone()))
            {
                receiver._firstProcessed.TrySetResult(document.RootElement.Clone());
            }

            // With loseFirstResponse the work above is done but the sender sees a failure.
            return receiver._failuresLeft >= 0 && loseFirstResponse ? Results.StatusCode(StatusCodes.Status500InternalServerError) : Results.Ok();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        receiver.Url = new Uri(new Uri(address), "/bookings");
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

internal sealed record ReceivedRequest(string DeliveryId, bool SignatureValid, string Body);
