using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IepNavigator.Dialogs.Letters.Reminders;

/// <summary>The hosted loop: dispatches due reminders at start and then every <see cref="Interval"/>.</summary>
public sealed partial class ReminderService(ReminderDispatcher dispatcher, TimeProvider clock, ILogger<ReminderService> logger) : BackgroundService
{
    /// <summary>Reminders are about days-long deadlines; a few minutes late is fine.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await dispatcher.DispatchDueAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A database outage must not stop the loop; the next tick tries again.
                LogPassFailed(logger, ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A reminder pass failed with {ExceptionType}.")]
    private static partial void LogPassFailed(ILogger logger, string exceptionType);
}
