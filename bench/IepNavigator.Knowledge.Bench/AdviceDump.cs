using System.Diagnostics;
using System.Text.Json;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Facts;

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
    private static readonly string?[] States = [null, "WA", "TX", "MA", "MI", "CA", "PA", "NC", "VA", "AZ", "OR", "NY"];

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
            foreach (var facts in Generate(seed, 100, sparse: seed > 14))
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
        var mix = Generate(7, 200, sparse: false).ToArray();
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

    /// <summary>Seeded, valid random facts around 2026-11-26: some known, many unknown.</summary>
    private static IEnumerable<CaseFacts> Generate(int seed, int count, bool sparse)
    {
        var random = new Random(seed);
        var today = Days[0];
        for (var i = 0; i < count; i++)
        {
            bool Known() => sparse ? random.Next(4) == 0 : random.Next(3) != 0;
            DateOnly? Past(int maxDays) => !Known() ? null : today.AddDays(-random.Next(0, maxDays));
            bool? Maybe() => !Known() ? null : random.Next(2) == 0;

            var facts = new CaseFacts
            {
                State = States[random.Next(States.Length)],
                ChildAge = !Known() ? null : random.Next(3, 22),
                Stage = random.Next(9) is var s && s == 8 ? null : (Stage)s,
                Concerns = random.Next(2) == 0 ? null : [.. Enum.GetValues<ConcernArea>().Where(_ => random.Next(4) == 0)],
                ConcernsDocumented = Maybe(),
                EvaluationRequestedOn = Past(200),
                RequestInWriting = Maybe(),
                ConsentSignedOn = Past(150),
                SchoolRefusedEvaluation = Maybe(),
                PriorWrittenNoticeReceived = Maybe(),
                EvaluationCompletedOn = random.Next(2) == 0 ? null : Past(400),
                HasEvaluationReport = Maybe(),
                DisagreesWithEvaluation = Maybe(),
                EligibilityDecidedOn = random.Next(2) == 0 ? null : Past(400),
                LastEvaluationOn = Past(1400),
                IepMeetingOn = random.Next(2) == 0 ? null : today.AddDays(random.Next(-30, 60)),
                LastIepReviewOn = random.Next(2) == 0 ? null : Past(500),
                HasRecords = Maybe(),
                RecordsRequestedOn = random.Next(2) == 0 ? null : Past(90),
                HasProgressReports = Maybe(),
                GoalsMeasurable = Maybe(),
                MakingProgress = Maybe(),
                ServicesDelivered = Maybe(),
                RegressionOverBreaks = Maybe(),
                DaysRemovedThisYear = random.Next(2) == 0 ? null : random.Next(0, 25),
                DisciplineChangeOfPlacementOn = random.Next(3) == 0 ? Past(40) : null,
                BehaviorConcerns = Maybe(),
                HasBehaviorPlan = Maybe(),
                IeeRequestedOn = random.Next(3) == 0 ? Past(90) : null,
                SchoolRespondedToIee = Maybe(),
                TriedResolvingWithTeam = Maybe(),
                SchoolSuggestedWaiting = Maybe(),
                DisputedActionOn = random.Next(3) == 0 ? Past(900) : null,
                PlacementChangeProposedOn = random.Next(4) == 0 ? Past(60) : null,
                DueProcessFiledOn = random.Next(5) == 0 ? Past(120) : null,
                HasIep = Maybe(),
                RemovalsArePattern = Maybe(),
                WantsToStopServices = random.Next(6) == 0 ? true : null,
                ManifestationReviewHeld = Maybe(),
                BehaviorWasManifestation = Maybe(),
                SchoolBreaks = random.Next(4) == 0
                    ? [new DateRange(today.AddDays(-random.Next(10, 60)), today.AddDays(-random.Next(0, 9))),
                       new DateRange(today.AddDays(random.Next(20, 40)), today.AddDays(random.Next(41, 60)))]
                    : null,
            };
            yield return facts.DaysRemovedThisYear is { } total && random.Next(2) == 0
                ? facts with { ConsecutiveDaysRemoved = random.Next(0, total + 1) }
                : facts;
        }
    }
}
