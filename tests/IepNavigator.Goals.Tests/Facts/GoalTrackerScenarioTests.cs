using IepNavigator.Goals.Charting;
using IepNavigator.Goals.Checking;
using IepNavigator.Goals.Facts;
using IepNavigator.Goals.Progress;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Goals.Tests.Facts;

/// <summary>
/// "The IEP isn't working": the parent pastes the goals, logs the data they have, and the knowledge base turns the
/// tracker's findings into next steps (the chat and the letter are wired by the host through this same path).
/// </summary>
public class GoalTrackerScenarioTests
{
    private static readonly Advisor Advisor = new();
    private static readonly DateOnly Today = new(2026, 11, 20);

    private const string PastedGoals = """
        Annual Goal 1: Sam will increase reading fluency from 45 to 90 wcpm on 2nd grade passages by May 2027 as measured by weekly CBM probes.
        Annual Goal 2: Sam will improve his writing skills.
        """;

    [Fact]
    public void VagueGoalAndDataBehind_RecommendAnIepMeeting_WithTheNumbersForTheLetter()
    {
        var check = new GoalChecker().Check(PastedGoals);
        var goal = new GoalProgress("goal-1", "wcpm", 45, new DateOnly(2026, 9, 8), 90, new DateOnly(2027, 5, 28));
        var points = new[] { 46.0, 47, 47, 49, 52 }
            .Select((v, i) => new DataPoint(new DateOnly(2026, 9, 22).AddDays(14 * i), v, DataSource.WorkSample))
            .ToList();
        var verdict = new ProgressJudge().Judge(goal, points, Today);

        var facts = ProgressFacts.ToFacts(check.Goals, [verdict]).ApplyTo(new CaseFacts { Stage = Stage.IepInPlace, State = "WA" });
        var advice = Advisor.Advise(facts, Today);

        Assert.Equal(VerdictKind.Behind, verdict.Kind);
        Assert.False(facts.GoalsMeasurable);
        Assert.False(facts.MakingProgress);
        var meeting = Assert.Single(advice.Steps, s => s.Id == "request-iep-meeting");
        Assert.Equal("iep-meeting-request", meeting.Letter);
        var chart = new GoalChart();
        Assert.Contains("behind", chart.Describe(goal, points, verdict), StringComparison.Ordinal);
        Assert.NotEmpty(chart.RenderPng(goal, points, verdict));
    }

    [Fact]
    public void NoDataForAReportingPeriod_RecommendsRequestingProgressData()
    {
        var goal = new GoalProgress("goal-1", "wcpm", 45, new DateOnly(2026, 9, 8), 90, new DateOnly(2027, 5, 28));
        var verdict = new ProgressJudge().Judge(goal, [new DataPoint(new DateOnly(2026, 9, 30), 50, DataSource.ProgressReport)], new DateOnly(2027, 2, 1));

        var facts = ProgressFacts.ToFacts([verdict]).ApplyTo(new CaseFacts { Stage = Stage.IepInPlace, State = "WA" });
        var advice = Advisor.Advise(facts, new DateOnly(2027, 2, 1));

        Assert.Equal(VerdictKind.NoData, verdict.Kind);
        var step = Assert.Single(advice.Steps, s => s.Id == "request-progress-data");
        Assert.Equal("progress-data-request", step.Letter);
    }
}
