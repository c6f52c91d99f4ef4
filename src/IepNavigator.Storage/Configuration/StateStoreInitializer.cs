using Microsoft.Extensions.Hosting;

namespace IepNavigator.Storage.Configuration;

/// <summary>Creates or migrates the schema when the host starts, so a bad database fails the start, not a turn.</summary>
internal sealed class StateStoreInitializer(SqlStateStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
