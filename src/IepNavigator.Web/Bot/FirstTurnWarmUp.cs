using System.Diagnostics;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IepNavigator.Web.Bot;

/// <summary>When a piece of warm-up work runs.</summary>
public enum WarmUpTime
{
    /// <summary>In the background as the process starts: work the first answer itself needs (a typed first message is read).</summary>
    AtStart,

    /// <summary>In the background once the first turn has been answered: work only later turns need.</summary>
    AfterFirstTurn,
}

/// <summary>
/// Work that makes a later turn fast but no turn needs at start (the IEP reader's compiled vocabulary): run once, in the
/// background, after the host's first turn has been answered. Nothing heavy stands between process start and the first
/// answer, and a later turn that needs the work finds it done (or waits for the same one-time work itself, never twice).
/// Work the first answer needs is started with the process instead (<see cref="StartWarmUp"/>).
/// </summary>
public sealed partial class FirstTurnWarmUp(IEnumerable<FirstTurnWarmUp.Work> work, IServiceProvider services, ILogger<FirstTurnWarmUp> logger)
    : Microsoft.Bot.Builder.IMiddleware
{
    private int started;

    /// <summary>One piece of warm-up work, named for the log.</summary>
    public sealed record Work(string Name, Action<IServiceProvider> Run, WarmUpTime When = WarmUpTime.AfterFirstTurn);

    /// <summary>Completes when every piece has run (for tests and diagnostics); null before the first turn.</summary>
    public Task? Completion { get; private set; }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (Interlocked.Exchange(ref started, 1) == 0)
            {
                Completion = Task.Run(() => RunAll(work.Where(w => w.When == WarmUpTime.AfterFirstTurn), services, logger), CancellationToken.None);
            }
        }
    }

    internal static void RunAll(IEnumerable<Work> pieces, IServiceProvider services, ILogger logger)
    {
        foreach (var piece in pieces)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                piece.Run(services);
                LogWarmedUp(logger, piece.Name, piece.When, clock.ElapsedMilliseconds);
            }
#pragma warning disable CA1031 // A warm-up that fails leaves the work to the first turn that needs it, which reports its own error.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogWarmUpFailed(logger, piece.Name, exception.GetType().Name);
            }
        }
    }

    [LoggerMessage(EventId = 7210, Level = LogLevel.Debug, Message = "Warmed up {Name} in {Milliseconds} ms ({When}).")]
    private static partial void LogWarmedUp(ILogger logger, string name, WarmUpTime when, long milliseconds);

    [LoggerMessage(EventId = 7211, Level = LogLevel.Warning, Message = "Warming up {Name} failed ({ExceptionType}); the first turn that needs it will do the work.")]
    private static partial void LogWarmUpFailed(ILogger logger, string name, string exceptionType);
}

/// <summary>
/// Runs the <see cref="WarmUpTime.AtStart"/> work in the background as the host starts: it overlaps the host's own
/// start-up and the seconds before a parent's first message instead of standing inside that first turn. Requests are
/// served meanwhile; a turn that needs a piece first waits for the same one-time build (a <see cref="Lazy{T}"/>).
/// /readyz reports not ready until it is done (<see cref="StartWarmUpHealthCheck"/>), so a load balancer sends the
/// first parent to a warm host.
/// </summary>
public sealed class StartWarmUp(IEnumerable<FirstTurnWarmUp.Work> work, IServiceProvider services, ILogger<StartWarmUp> logger) : IHostedService
{
    /// <summary>Completes when every piece has run (for tests and diagnostics); null before the host starts.</summary>
    public Task? Completion { get; private set; }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Completion = Task.Run(() => FirstTurnWarmUp.RunAll(work.Where(w => w.When == WarmUpTime.AtStart), services, logger), CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class FirstTurnWarmUpServiceCollectionExtensions
{
    /// <summary>Adds <paramref name="run"/> to the work done once after the host's first turn (<see cref="FirstTurnWarmUp"/>).</summary>
    public static IServiceCollection AddFirstTurnWarmUp(this IServiceCollection services, string name, Action<IServiceProvider> run)
        => services.AddWarmUp(name, WarmUpTime.AfterFirstTurn, run);

    /// <summary>Adds <paramref name="run"/> to the work started in the background with the process (<see cref="StartWarmUp"/>).</summary>
    public static IServiceCollection AddStartWarmUp(this IServiceCollection services, string name, Action<IServiceProvider> run)
        => services.AddWarmUp(name, WarmUpTime.AtStart, run);

    private static IServiceCollection AddWarmUp(this IServiceCollection services, string name, WarmUpTime when, Action<IServiceProvider> run)
    {
        services.AddSingleton(new FirstTurnWarmUp.Work(name, run, when));
        services.AddAdapterMiddleware<FirstTurnWarmUp>();
        if (!services.Any(d => d.ServiceType == typeof(StartWarmUp)))
        {
            services.AddSingleton<StartWarmUp>();
            services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<StartWarmUp>());
            services.AddHealthChecks().AddCheck<StartWarmUpHealthCheck>("warm-up", tags: [Hosting.HealthEndpoints.ReadyTag]);
        }
        return services;
    }
}
