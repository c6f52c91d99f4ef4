using System.Diagnostics;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IepNavigator.Web.Bot;

/// <summary>
/// Work that makes a later turn fast but no turn needs at start (the message reader's models and vocabulary, the IEP
/// reader's compiled vocabulary): run once, in the background, after the host's first turn has been answered. Nothing
/// heavy stands between process start and the first answer, and a parent's first typed message, which follows the
/// welcome by seconds, finds the work done (or waits for the same one-time work itself, never twice).
/// </summary>
public sealed partial class FirstTurnWarmUp(IEnumerable<FirstTurnWarmUp.Work> work, IServiceProvider services, ILogger<FirstTurnWarmUp> logger)
    : Microsoft.Bot.Builder.IMiddleware
{
    private int started;

    /// <summary>One piece of warm-up work, named for the log.</summary>
    public sealed record Work(string Name, Action<IServiceProvider> Run);

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
                Completion = Task.Run(RunAll, CancellationToken.None);
            }
        }
    }

    private void RunAll()
    {
        foreach (var piece in work)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                piece.Run(services);
                LogWarmedUp(logger, piece.Name, clock.ElapsedMilliseconds);
            }
#pragma warning disable CA1031 // A warm-up that fails leaves the work to the first turn that needs it, which reports its own error.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogWarmUpFailed(logger, piece.Name, exception.GetType().Name);
            }
        }
    }

    [LoggerMessage(EventId = 7210, Level = LogLevel.Debug, Message = "Warmed up {Name} in {Milliseconds} ms after the first turn.")]
    private static partial void LogWarmedUp(ILogger logger, string name, long milliseconds);

    [LoggerMessage(EventId = 7211, Level = LogLevel.Warning, Message = "Warming up {Name} failed ({ExceptionType}); the first turn that needs it will do the work.")]
    private static partial void LogWarmUpFailed(ILogger logger, string name, string exceptionType);
}

public static class FirstTurnWarmUpServiceCollectionExtensions
{
    /// <summary>Adds <paramref name="run"/> to the work done once after the host's first turn (<see cref="FirstTurnWarmUp"/>).</summary>
    public static IServiceCollection AddFirstTurnWarmUp(this IServiceCollection services, string name, Action<IServiceProvider> run)
    {
        services.AddSingleton(new FirstTurnWarmUp.Work(name, run));
        services.AddAdapterMiddleware<FirstTurnWarmUp>();
        return services;
    }
}
