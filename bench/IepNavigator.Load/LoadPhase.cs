using System.Collections.Concurrent;
using System.Diagnostics;

namespace IepNavigator.Load;

/// <summary>
/// N conversations at once, each replaying its scripted path turn after turn (then starting a new conversation),
/// for a fixed time. thinkMs = 0 is a closed loop (throughput); thinkMs &gt; 0 pauses like a parent typing
/// (0.5x to 1.5x of it, so the conversations do not march in step), which measures latency at that load.
/// </summary>
internal sealed class LoadPhase(TurnSender sender, ConversationScripts scripts)
{
    public async Task<PhaseResult> RunAsync(string name, int conversations, TimeSpan duration, int thinkMs, string runId)
    {
        var latencies = new ConcurrentBag<double>();
        var errors = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        using var stop = new CancellationTokenSource(duration);
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, conversations).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            var path = scripts.Paths[worker % scripts.Paths.Count];
            for (var round = 0; !stop.IsCancellationRequested; round++)
            {
                var conversationId = $"{runId}-{name}-{worker}-{round}";
                foreach (var step in path.Steps)
                {
                    if (stop.IsCancellationRequested)
                    {
                        return;
                    }
                    TurnSender.TurnResult result;
                    try
                    {
                        // Parents are per phase: a turn the last phase abandoned may still be running on the host,
                        // and the same parent in two places at once would fail on the user state's ETag.
                        result = await sender.SendAsync(conversationId, $"{runId}-{name}-parent-{worker}", step, stop.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                        return; // the phase ended mid-turn: that turn is not counted
                    }
                    if (result.Ok)
                    {
                        latencies.Add(result.Milliseconds);
                    }
                    else
                    {
                        errors.AddOrUpdate(result.Failure ?? "unknown", 1, static (_, count) => count + 1);
                    }
                    if (thinkMs > 0)
                    {
                        try
                        {
                            await Task.Delay(random.Next(thinkMs / 2, thinkMs * 3 / 2 + 1), stop.Token).ConfigureAwait(false);
                        }
                        catch (OperationCanceledException)
                        {
                            return;
                        }
                    }
                }
            }
        })).ToArray();
        await Task.WhenAll(workers).ConfigureAwait(false);
        return PhaseResult.From(name, latencies.ToArray(), errors, clock.Elapsed);
    }
}
