using IepNavigator.Goals.Checking;
using IepNavigator.Goals.Facts;
using IepNavigator.Goals.Progress;
using IepNavigator.Goals.Tests.Progress;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Goals.Tests.Facts;

/// <summary>The bridge from goal checks and verdicts into the knowledge base's case facts.</summary>
public class ProgressFactsTests
{
    private static readonly GoalChecker Checker = new();
    private static readonly ProgressJudge Judge = new();
    private static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly GoalProgress Fluency = ProgressJudgeTests.Fluency;

    private static ProgressVerdict Verdict(params double[] values) =>
        Judge.Judge(Fluency, ProgressJudgeTests.Points(new DateOnly(2026, 9, 22), 14, values), Today);

    private static ProgressVerdict Stale() =>
        Judge.Judge(Fluency, ProgressJudgeTests.Points(new DateOnly(2026, 9, 15), 7, 48, 52, 56), new DateOnly(2027, 1, 20));

    [Fact]
    public void ToFacts_AGoalBehind_IsNotMakingProgressButHasReports()
    {
        var facts = ProgressFacts.ToFacts([Verdict(48, 52, 55, 59, 62), Verdict(46, 47, 47, 48, 49)]);

        Assert.False(facts.MakingProgress);
        Assert.True(facts.HasProgressReports);
        Assert.Null(facts.GoalsMeasurable);
    }

    [Fact]
    public void ToFacts_AllOnTrack_IsMakingProgress()
    {
        Assert.True(ProgressFacts.ToFacts([Verdict(48, 52, 55, 59, 62)]).MakingProgress);
    }

    [Fact]
    public void ToFacts_NoDataForAReportingPeriod_HasNoProgressReportsAndProgressUnknown()
    {
        var facts = ProgressFacts.ToFacts([Stale()]);

        Assert.False(facts.HasProgressReports);
        Assert.Null(facts.MakingProgress);
    }

    [Fact]
    public void ToFacts_TooEarlyToJudge_SaysNothing()
    {
        var facts = ProgressFacts.ToFacts([Judge.Judge(Fluency, [], new DateOnly(2026, 10, 1))]);

        Assert.Equal(new ProgressFactValues(null, null, null), facts);
    }

    [Fact]
    public void ToFacts_AnyGoalNotMeasurable_GoalsNotMeasurable()
    {
        var goals = Checker.Check("1. By May 2027 Sam will read 90 wcpm as measured by weekly probes.\n2. Sam will improve reading skills.").Goals;

        Assert.False(ProgressFacts.ToFacts(goals).GoalsMeasurable);
        Assert.True(ProgressFacts.ToFacts(goals.Take(1)).GoalsMeasurable);
        Assert.Null(ProgressFacts.ToFacts(Array.Empty<CheckedGoal>()).GoalsMeasurable);
    }

    [Fact]
    public void ApplyTo_KeepsTheParentsAnswerWhereTheTrackerCannotTell()
    {
        var parent = new CaseFacts { Stage = Stage.IepInPlace, HasProgressReports = true, MakingProgress = false };

        var merged = new ProgressFactValues(null, false, true).ApplyTo(parent);

        Assert.False(merged.MakingProgress);
        Assert.False(merged.HasProgressReports);
        Assert.True(merged.GoalsMeasurable);
        Assert.Equal(Stage.IepInPlace, merged.Stage);
    }
}
