using Microsoft.Extensions.Options;

namespace IepNavigator.Web.Hosting.Retention;

/// <summary>
/// The hosted retention loop: a sweep shortly after start, then every <see cref="RetentionOptions.SweepInterval"/>
/// (on the injected <see cref="TimeProvider"/>, so tests can advance time). Several instances may sweep at once:
/// each pass is a set of idempotent deletes.
/// </summary>
public sealed partial class RetentionService(RetentionSweeper sweeper, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.SweepInterval, clock);
        do
        {
            try
            {
                await sweeper.SweepAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A database outage must not stop the loop; the next tick tries again.
                LogSweepFailed(logger, ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A retention sweep failed with {ExceptionType}.")]
    private static partial void LogSweepFailed(ILogger logger, string exceptionType);
}
