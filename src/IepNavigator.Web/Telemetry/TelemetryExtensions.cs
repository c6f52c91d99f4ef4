using IepNavigator.Knowledge;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace IepNavigator.Web.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>
    /// OpenTelemetry traces and metrics for the host: ASP.NET Core requests, bot turns, advice latency, letters
    /// rendered, and every "IepNavigator.*" meter (storage conflicts). Exported over OTLP only when
    /// Telemetry:OtlpEndpoint is set. Call after AddKnowledge (it wraps IAdvisor to time advice).
    /// </summary>
    public static IServiceCollection AddNavigatorTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(HostMetrics)))
        {
            return services;
        }
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        Uri? endpoint = string.IsNullOrWhiteSpace(options.OtlpEndpoint) ? null : new Uri(options.OtlpEndpoint, UriKind.Absolute);

        services.AddMetrics();
        services.AddSingleton<HostMetrics>();
        services.AddSingleton<TurnTelemetryMiddleware>();
        services.AddHostedService<AdapterTelemetryInstaller>();
        services.AddSingleton<IStartupFilter, LetterTelemetryStartupFilter>();
        DecorateAdvisor(services);

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(TelemetryNames.Wildcard)
                    .AddAspNetCoreInstrumentation(aspNet => aspNet.RecordException = false)
                    .AddProcessor(new PathRedactingProcessor());
                if (endpoint is not null)
                {
                    tracing.AddOtlpExporter(otlp => otlp.Endpoint = endpoint);
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(TelemetryNames.Wildcard)
                    .AddMeter(TelemetryNames.StorageMeter) // covered by the wildcard; named so a narrower wildcard cannot drop it
                    .AddMeter("Microsoft.AspNetCore.RateLimiting")
                    .AddAspNetCoreInstrumentation();
                if (endpoint is not null)
                {
                    metrics.AddOtlpExporter(otlp => otlp.Endpoint = endpoint);
                }
            });
        return services;
    }

    /// <summary>Replaces the IAdvisor registration with <see cref="TimedAdvisor"/> around it; nothing to do when none is registered yet.</summary>
    private static void DecorateAdvisor(IServiceCollection services)
    {
        var index = -1;
        for (var i = services.Count - 1; i >= 0 && index < 0; i--)
        {
            index = services[i].ServiceType == typeof(IAdvisor) && !services[i].IsKeyedService ? i : -1;
        }
        if (index < 0)
        {
            return;
        }
        var inner = services[index];
        services[index] = ServiceDescriptor.Describe(typeof(IAdvisor),
            sp => new TimedAdvisor(Create(sp, inner), sp.GetRequiredService<HostMetrics>()), inner.Lifetime);
    }

    private static IAdvisor Create(IServiceProvider sp, ServiceDescriptor descriptor) => descriptor switch
    {
        { ImplementationInstance: IAdvisor instance } => instance,
        { ImplementationFactory: { } factory } => (IAdvisor)factory(sp),
        { ImplementationType: { } type } => (IAdvisor)ActivatorUtilities.CreateInstance(sp, type),
        _ => throw new InvalidOperationException("The IAdvisor registration has no implementation."),
    };
}
