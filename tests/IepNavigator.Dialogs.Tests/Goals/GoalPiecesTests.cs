using IepNavigator.Dialogs.Cases;
using IepNavigator.Dialogs.Goals;
using IepNavigator.Goals.Progress;
using IepNavigator.Knowledge.Facts;
using Microsoft.Extensions.Time.Testing;

namespace IepNavigator.Dialogs.Tests.Goals;

/// <summary>The tracker's small parts: reading a value, packing messages, and the bridge into the case facts.</summary>
public sealed class GoalPiecesTests
{
    private static readonly GoalChatContent Content = new();

    [Theory]
    [InlineData("52", 52)]
    [InlineData("about 52 wcpm", 52)]
    [InlineData("80%", 80)]
    [InlineData("3.5 incidents", 3.5)]
    [InlineData("1,200 words", 1200)]
    public void ValuePrompt_ReadsTheFirstNumber(string text, double expected) => Assert.Equal(expected, ValuePrompt.Read(text));

    [Theory]
    [InlineData("no idea")]
    [InlineData("")]
    [InlineData("9999999")]
    public void ValuePrompt_WithoutAUsableNumber_ReadsNothing(string text) => Assert.Null(ValuePrompt.Read(text));

    [Fact]
    public void Pack_KeepsEachGoalWhole_AndNoMessageOverTheLimit()
    {
        var blocks = Enumerable.Range(1, 6).Select(i => $"**Goal {i}**\n\n" + new string('x', 500)).ToList();

        var messages = GoalCheckReplies.Pack(blocks);

        Assert.True(messages.Count > 1);
        Assert.All(messages, m => Assert.True(m.Length <= GoalCheckReplies.MaxMessageLength));
        Assert.Equal(6, messages.Sum(m => m.Split("**Goal ").Length - 1));
        Assert.All(Enumerable.Range(1, 6), i => Assert.Single(messages, m => m.Contains($"**Goal {i}**\n\n" + new string('x', 500), StringComparison.Ordinal)));
    }

    private static (ProgressBridge Bridge, CaseRecord Record, CaseGoals Goals) Bridge(params (int Day, double Value)[] points)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        var goal = new TrackedGoal
        {
            Number = 1, Text = "goal", Measurable = true, Unit = "wcpm",
            BaselineValue = 45, BaselineDate = new DateOnly(2026, 9, 1), TargetValue = 90, EndDate = new DateOnly(2027, 5, 28),
            Points = [.. points.Select(p => new LoggedPoint { Date = new DateOnly(2026, 9, 1).AddDays(p.Day), Value = p.Value, Source = DataSource.ProgressReport })],
        };
        var record = new CaseRecord();
        record.SetStage(Stage.IepInPlace);
        return (new ProgressBridge(new ProgressJudge(), Content, clock), record, new CaseGoals { Goals = [goal] });
    }

    [Fact]
    public void Behind_SetsNotMakingProgress_AndTheSummaryHasTheNumbers()
    {
        var (bridge, record, goals) = Bridge((21, 46), (49, 47), (77, 52));

        bridge.Apply(record, goals);

        Assert.False(record.Facts.MakingProgress);
        Assert.True(record.Facts.HasProgressReports);
        Assert.True(record.Facts.GoalsMeasurable);
        Assert.Contains("Goal 1 (behind): baseline 45 wcpm on September 1, 2026; target 90 wcpm by May 28, 2027; latest 52 wcpm on November 17, 2026", record.ProgressSummary);
    }

    [Fact]
    public void Name_LongerThanItsRoom_EndsBetweenWords()
    {
        // A button read "Goal 1: demonstrate appropriate social skills with p…".
        var goal = new TrackedGoal { Number = 1, Title = "demonstrate appropriate social skills with peers 80% of the time" };

        Assert.Equal("demonstrate appropriate social skills with…", goal.Name(45));
        Assert.Equal(goal.Title, goal.Name());
    }

    [Fact]
    public void SchoolGoalNotInEnglish_CountsNeitherWay_ForGoalsMeasurable()
    {
        var goals = new CaseGoals { Goals = [new TrackedGoal { Number = 1, Text = "Sofía mejorará sus habilidades sociales.", Measurable = false, Judged = false }] };
        Assert.Null(goals.SchoolGoalsMeasurable);

        goals.Goals.Add(new TrackedGoal { Number = 2, Text = "Maya will read 90 wcpm by May 2027, as measured by probes.", Measurable = true });
        Assert.True(goals.SchoolGoalsMeasurable);
    }

    [Fact]
    public void TooFewPoints_KeepsTheParentsOwnAnswerAboutProgress()
    {
        var (bridge, record, goals) = Bridge((21, 46));
        record.Set(FactNames.MakingProgress, true);

        bridge.Apply(record, goals);

        Assert.True(record.Facts.MakingProgress);
    }

    [Fact]
    public void AVagueGoal_MakesTheGoalsNotMeasurable_AndANewCaseAnIepInPlace()
    {
        var (bridge, _, goals) = Bridge();
        goals.Goals.Add(new TrackedGoal { Number = 2, Text = "Maya will improve her reading skills.", Measurable = false });
        var fresh = new CaseRecord();

        bridge.Apply(fresh, goals);

        Assert.False(fresh.Facts.GoalsMeasurable);
        Assert.Equal(Stage.IepInPlace, fresh.Stage);
    }
}
