using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IepNavigator.Web.Bot;

/// <summary>
/// /readyz waits for the start-up warm-up (<see cref="StartWarmUp"/>): a host that still builds its reader or compiles its
/// rules is alive (/healthz) but not ready, so the first parent a load balancer sends it does not pay for the build. A
/// piece that failed still counts as done (the first turn that needs it does the work and reports its own error). Warming
/// up is Degraded, which /readyz answers with 503 like Unhealthy, so the polls of a normal start are warnings, not errors.
/// </summary>
public sealed class StartWarmUpHealthCheck(StartWarmUp warmUp) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(warmUp.Completion is { IsCompleted: true }
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded("Warming up."));
}
