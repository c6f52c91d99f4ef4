using System.Globalization;
using System.Net.Mime;
using System.Text;
using IepNavigator.Triage.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace IepNavigator.Triage.Webhook;

/// <summary>
/// One pass over the outbox: claims the due messages, POSTs each (quick retries come from the resilience
/// handler of the named HttpClient), marks it delivered on a 2xx, or schedules the next attempt with
/// exponential back-off. A message is never dropped: it waits until the receiver accepts it.
/// </summary>
public sealed partial class WebhookDispatcher(
    WebhookOutbox outbox,
    IHttpClientFactory httpClients,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    ILogger<WebhookDispatcher> logger)
{
    public const string HttpClientName = "IepNavigator.Triage.Webhook";
    private const int BatchSize = 20;

    /// <summary>True when a URL and a secret are configured.</summary>
    public bool IsConfigured => options.Value.Url is not null && !string.IsNullOrEmpty(options.Value.Secret);

    /// <summary>Delivers what is due now; returns how many messages the receiver accepted.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        if (!IsConfigured)
        {
            return 0;
        }

        var settings = options.Value;
        var client = httpClients.CreateClient(HttpClientName);
        var delivered = 0;
        foreach (var message in await outbox.ClaimDueAsync(BatchSize, settings.Lease, cancellationToken).ConfigureAwait(false))
        {
            var attempts = message.Attempts + 1;
            var result = await SendAsync(client, settings, message, cancellationToken).ConfigureAwait(false);
            if (result.Delivered)
            {
                await outbox.MarkDeliveredAsync(message.DeliveryId, attempts, result.Description, cancellationToken).ConfigureAwait(false);
                Delivered(logger, message.DeliveryId, message.Event, attempts);
                delivered++;
            }
            else
            {
                var delay = Backoff(settings, attempts);
                await outbox.MarkFailedAsync(message.DeliveryId, attempts, clock.GetUtcNow() + delay, result.Description, cancellationToken).ConfigureAwait(false);
                DeliveryFailed(logger, message.DeliveryId, result.Description, attempts, delay);
            }
        }

        return delivered;
    }

    /// <summary>FirstBackoff × 2^(attempts − 1), capped at MaxBackoff.</summary>
    public static TimeSpan Backoff(WebhookOptions settings, int attempts)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = TimeSpan.FromMilliseconds(settings.FirstBackoff.TotalMilliseconds * factor);
        return delay < settings.MaxBackoff ? delay : settings.MaxBackoff;
    }

    private async Task<(bool Delivered, string Description)> SendAsync(HttpClient client, WebhookOptions settings, OutboxMessage message, CancellationToken cancellationToken)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.Url)
        {
            Content = new StringContent(message.Payload, Encoding.UTF8, MediaTypeNames.Application.Json),
        };
        request.Headers.Add(WebhookSignature.DeliveryHeader, message.DeliveryId);
        request.Headers.Add(WebhookSignature.EventHeader, message.Event);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(settings.Secret!, timestamp, message.Payload));
        try
        {
            using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var description = "HTTP " + ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
            return (response.IsSuccessStatusCode, description);
        }
        catch (HttpRequestException exception)
        {
            return (false, exception.HttpRequestError.ToString());
        }
        catch (TimeoutRejectedException)
        {
            return (false, "timeout");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (false, "timeout");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook message {DeliveryId} ({Event}) delivered after {Attempts} attempt(s).")]
    private static partial void Delivered(ILogger logger, string deliveryId, string @event, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook message {DeliveryId} not delivered ({Result}, attempt {Attempts}); next try in {Delay}.")]
    private static partial void DeliveryFailed(ILogger logger, string deliveryId, string result, int attempts, TimeSpan delay);
}
