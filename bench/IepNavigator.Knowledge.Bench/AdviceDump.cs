using System.Diagnostics;
using System.Text.Json;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Tests.Scenarios;

namespace IepNavigator.Knowledge.Bench;

/// <summary>
/// Two tools for changing the advisor without changing its advice (bench/README.md, "Advise"): <c>dump-advice FILE</c>
/// writes the whole advice of 4,009 generated cases (seeded, so every build writes the same cases), one JSON line each,
/// for a byte comparison of two builds; <c>cpu-per-call</c> prints the process CPU time and allocation per call, steadier
/// than a benchmark's wall time on a shared machine.
/// </summary>
internal static class AdviceDump
{
    private static readonly DateOnly[] Days = [new(2026, 11, 26), new(2026, 6, 29), new(2027, 1, 4), new(2026, 8, 10)];

    public static void Write(string path)
    {
        var advisor = new Advisor();
        using var output = new StreamWriter(path);
        var count = 0;
        void Write(CaseFacts facts, DateOnly today, string language)
        {
            using var _ = ContentLanguage.Begin(language);
            output.WriteLine(JsonSerializer.Serialize(advisor.Advise(facts, today), KnowledgeJson.Options));
            count++;
        }
        // Seeds 1-14 know most facts, 15-20 a quarter of them; every case in English and Spanish, on one of four days.
        for (var seed = 1; seed <= 20; seed++)
        {
            var i = 0;
            foreach (var facts in RandomFacts.Generate(seed, 100, Days[0], sparse: seed > 14))
            {
                foreach (var language in ContentLanguage.Supported)
                {
                    Write(facts, Days[(seed + i) % Days.Length], language);
                }
                i++;
            }
        }
        foreach (var stage in Enum.GetValues<Stage>())
        {
            Write(new CaseFacts { Stage = stage }, Days[0], ContentLanguage.English);
        }
        Write(new CaseFacts(), Days[0], ContentLanguage.English);
        Console.WriteLine($"{count} advices written to {path}");
    }

    public static void CpuPerCall()
    {
        var advisor = new Advisor();
        var mix = RandomFacts.Generate(7, 200, Days[0]).ToArray();
        var cases = new (string Name, Func<int, CaseFacts> Pick)[]
        {
            ("Advise (mid-size case)", _ => AdviseBenchmarks.MidSizeCase), ("AdviseNothingKnown", _ => new CaseFacts()), ("200 generated cases", i => mix[i % mix.Length]),
        };
        var process = Process.GetCurrentProcess();
        foreach (var (name, pick) in cases)
        {
            for (var i = 0; i < 20_000; i++)
            {
                advisor.Advise(pick(i), Days[0]);
            }
            var perCall = new List<double>();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            for (var batch = 0; batch < 40; batch++)
            {
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                for (var i = 0; i < 500; i++)
                {
                    advisor.Advise(pick(i), Days[0]);
                }
                process.Refresh();
                perCall.Add((process.TotalProcessorTime - cpu).TotalMicroseconds / 500);
            }
            perCall.Sort();
            var kb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (40.0 * 500 * 1024);
            Console.WriteLine($"{name}: CPU per call median {perCall[20]:F1} µs (min {perCall[0]:F1}), {kb:F2} KB allocated per call");
        }
    }
}
