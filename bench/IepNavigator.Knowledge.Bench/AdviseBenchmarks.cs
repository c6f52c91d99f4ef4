using BenchmarkDotNet.Attributes;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Knowledge.Bench;

/// <summary>
/// One <see cref="IAdvisor.Advise"/> call on a mid-size case (IEP in place, a dozen known facts, two deadlines
/// running, one passed). Rule compilation happens once in the advisor's construction, outside the measurement.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class AdviseBenchmarks
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private readonly IAdvisor advisor = new Advisor();

    /// <summary>The mid-size case (also timed by <see cref="AdviceDump.CpuPerCall"/>).</summary>
    internal static readonly CaseFacts MidSizeCase = new()
    {
        State = "WA",
        ChildAge = 15,
        Stage = Stage.IepInPlace,
        Concerns = [ConcernArea.Reading, ConcernArea.Behavior],
        ConcernsDocumented = true,
        LastEvaluationOn = new(2024, 1, 10),
        LastIepReviewOn = new(2025, 12, 10),
        IepMeetingOn = new(2026, 12, 3),
        HasRecords = false,
        RecordsRequestedOn = new(2026, 10, 1),
        HasProgressReports = false,
        GoalsMeasurable = false,
        MakingProgress = false,
        ServicesDelivered = true,
        BehaviorConcerns = true,
        HasBehaviorPlan = false,
    };

    [Benchmark]
    public Advice Advise() => advisor.Advise(MidSizeCase, Today);

    [Benchmark]
    public Advice AdviseNothingKnown() => advisor.Advise(new CaseFacts(), Today);
}
