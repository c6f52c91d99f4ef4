using IepNavigator.Web.Bot;

namespace IepNavigator.Web.Telemetry;

/// <summary>Adds <see cref="TurnTelemetryMiddleware"/> to the /api/messages adapter when the host starts, before any turn.</summary>
public sealed class AdapterTelemetryInstaller(IServiceProvider services, TurnTelemetryMiddleware middleware) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetService<NavigatorAdapter>()?.Use(middleware);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
