using IepNavigator.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IepNavigator.Web.Hosting;

/// <summary>Ready only when the state store (SQLite file or PostgreSQL) answers.</summary>
public sealed class StorageHealthCheck(IStateStoreAdmin store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await store.CanConnectAsync(cancellationToken).ConfigureAwait(false)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The state store cannot be reached.");
}
