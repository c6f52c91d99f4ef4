using System.Diagnostics;

namespace IepNavigator.Understanding.Bench;

/// <summary>
/// <c>cpu [rounds]</c>: the process CPU time (user + system) per read of <see cref="ReadMessageBenchmarks"/>' messages, after a
/// warm-up. CPU time, not wall time: waiting for a core does not count, though cache and memory contention still do (runs
/// of one build differed by up to 25 % at load average 30–55), so alternate two builds several times (bench/README.md,
/// "Issue 16, eighth round").
/// </summary>
public static class CpuPerRead
{
    public static void Run(int rounds)
    {
        var bench = new ReadMessageBenchmarks();
        for (var i = 0; i < 20; i++)
        {
            Measure(bench);
        }
        Console.WriteLine($"rounds={rounds}");
        foreach (var (name, read) in Cases(bench))
        {
            var process = Process.GetCurrentProcess();
            var before = process.TotalProcessorTime;
            for (var i = 0; i < rounds; i++)
            {
                read();
            }
            process.Refresh();
            var perRead = (process.TotalProcessorTime - before).TotalMicroseconds / rounds;
            Console.WriteLine($"{name}: {perRead:F0} µs CPU per call");
        }
    }

    private static void Measure(ReadMessageBenchmarks bench)
    {
        foreach (var (_, read) in Cases(bench))
        {
            read();
        }
    }

    private static (string Name, Action Read)[] Cases(ReadMessageBenchmarks bench) =>
    [
        ("bench/load's 11 typed messages", () => bench.LoadScriptMessages()),
        ("English opening", () => bench.EnglishStory()),
        ("Spanish opening", () => bench.SpanishOpening()),
        ("date answer", () => bench.ShortAnswer()),
        ("side question", () => bench.SideQuestion()),
    ];
}
