using IepNavigator.Understanding.Classification;

namespace IepNavigator.Web.Bot;

/// <summary>
/// The part of the start-up warm-up that needs nothing from the host's services: the understanding models (ML.NET,
/// loaded once per process and shared by every <see cref="IepNavigator.Understanding.MessageReader"/>). Begun on
/// Program's first line, so the models load on another core while the host builds its configuration, services and
/// store, instead of only once the hosted services start (<see cref="StartWarmUp"/>): on this 2-core machine the host's
/// own start and the models were one after the other on the first answer's path (bench/README.md, "Issue 16, eighth
/// round"). A turn or the start warm-up that needs the models waits for this same load, never a second one.
/// </summary>
public static class ProcessStartWarmUp
{
    private static readonly Lazy<Task> Loading = new(
        () => Task.Run(() => _ = UnderstandingModels.Shared),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Starts loading the models in the background (once per process); the task completes when they are loaded.</summary>
    public static Task Begin() => Loading.Value;

    /// <summary>Whether <see cref="Begin"/> has been called in this process.</summary>
    public static bool Begun => Loading.IsValueCreated;
}
