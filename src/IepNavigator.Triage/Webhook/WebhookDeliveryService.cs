using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IepNavigator.Triage.Webhook;

/// <summary>Runs the dispatcher until the host stops: after each new packet, and every poll interval for retries.</summary>
public sealed partial class WebhookDeliveryService(
    WebhookDispatcher dispatcher,
    OutboxSignal signal,
    IOptions<WebhookOptions> options,
    ILogger<WebhookDeliveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!dispatcher.IsConfigured)
        {
            NotConfigured(logger);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Drain: a full batch means more may be waiting.
                while (await dispatcher.DeliverDueAsync(stoppingToken).ConfigureAwait(false) > 0)
                {
                }
            }
            catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException)
            {
                // The database is unreachable: the messages are safe in the outbox; try again next round.
                PassFailed(logger, exception.GetType().Name);
            }

            try
            {
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Triage:Webhook has no Url or Secret: new packets wait in the outbox until one is configured.")]
    private static partial void NotConfigured(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "A webhook delivery pass failed ({Error}); the outbox keeps the messages.")]
    private static partial void PassFailed(ILogger logger, string error);
}
