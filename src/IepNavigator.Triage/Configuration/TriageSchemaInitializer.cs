using IepNavigator.Triage.Store;
using Microsoft.Extensions.Hosting;

namespace IepNavigator.Triage.Configuration;

/// <summary>Creates the triage tables when the host starts (idempotent), so a bad database fails the start.</summary>
internal sealed class TriageSchemaInitializer(TriageDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.EnsureSchemaAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
