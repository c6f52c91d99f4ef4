using IepNavigator.Goals.Checking;
using IepNavigator.Goals.Progress;

namespace IepNavigator.Goals.Tests.Progress;

/// <summary>Reading the tracker's numbers out of a checked goal, so the parent only adds what the goal does not say.</summary>
public class GoalProgressDraftTests
{
    private static readonly GoalChecker Checker = new();

    private static GoalProgressDraft Draft(string goal) => GoalProgressDraft.From(Assert.Single(Checker.Check(goal).Goals));

    [Fact]
    public void From_FluencyGoal_ReadsBaselineTargetUnitAndEndOfMonth()
    {
        var draft = Draft("Sam will increase reading fluency from 45 to 90 wcpm on 2nd grade passages by May 2027 as measured by weekly CBM probes.");

        Assert.Equal(new GoalProgressDraft(45, 90, "wcpm", new DateOnly(2027, 5, 31), ProgressDirection.HigherIsBetter), draft);
        Assert.True(draft.IsComplete);
        var goal = draft.ToGoal("goal-1", new DateOnly(2026, 9, 8));
        Assert.NotNull(goal);
        goal.Validate();
    }

    [Fact]
    public void From_BehaviourGoal_IsLowerIsBetter()
    {
        var draft = Draft("Ethan will decrease instances of physical aggression from an average of 8 per week to 2 or fewer per week by 6/1/2027 as measured by behavior logs.");

        Assert.Equal(8, draft.BaselineValue);
        Assert.Equal(2, draft.TargetValue);
        Assert.Equal("per week", draft.Unit);
        Assert.Equal(new DateOnly(2027, 6, 1), draft.EndDate);
        Assert.Equal(ProgressDirection.LowerIsBetter, draft.Direction);
    }

    [Fact]
    public void From_LimitWithoutBaseline_IsLowerIsBetterAndIncomplete()
    {
        var draft = Draft("Sam will hit peers no more than 2 times per week by the annual review as measured by behavior logs.");

        Assert.Equal(2, draft.TargetValue);
        Assert.Equal("times per week", draft.Unit);
        Assert.Equal(ProgressDirection.LowerIsBetter, draft.Direction);
        Assert.Null(draft.BaselineValue);
        Assert.Null(draft.EndDate);
        Assert.False(draft.IsComplete);
        Assert.Null(draft.ToGoal("g", new DateOnly(2026, 9, 1)));
    }

    [Fact]
    public void From_TrialsOnly_HasNoLevelToChart()
    {
        var draft = Draft("Zoe will answer comprehension questions in 4 out of 5 trials by May 2027.");

        Assert.Null(draft.TargetValue);
    }

    [Fact]
    public void From_VagueGoal_KnowsNothing()
    {
        Assert.Equal(new GoalProgressDraft(null, null, null, null, ProgressDirection.HigherIsBetter), Draft("Sam will improve reading skills."));
    }

    [Theory]
    [InlineData("by June 2027", 2027, 6, 30)]
    [InlineData("by Sept. 2027", 2027, 9, 30)]
    [InlineData("by June of 2027", 2027, 6, 30)]
    [InlineData("by 05/15/2027", 2027, 5, 15)]
    [InlineData("by May 15th, 2027", 2027, 5, 15)]
    [InlineData("by the end of May 2027", 2027, 5, 31)]
    public void EndDateOf_DateForms_AreRead(string timeframe, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), GoalProgressDraft.EndDateOf(timeframe));
    }

    [Theory]
    [InlineData("by the annual review")]
    [InlineData("within 36 instructional weeks")]
    [InlineData(null)]
    public void EndDateOf_NoCalendarDate_IsNull(string? timeframe)
    {
        Assert.Null(GoalProgressDraft.EndDateOf(timeframe));
    }
}
