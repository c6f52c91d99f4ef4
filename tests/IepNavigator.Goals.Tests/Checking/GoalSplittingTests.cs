using IepNavigator.Goals.Checking;

namespace IepNavigator.Goals.Tests.Checking;

/// <summary>Pasting one goal, several, or a whole goals section with headings, numbering, bullets and objectives.</summary>
public class GoalSplittingTests
{
    private static readonly GoalChecker Checker = new();

    private const string GoalsSection = """
        Present Levels: Currently, Maya reads 38 words correct per minute on 2nd grade passages.

        Annual Goal 1 (Reading Fluency): By the annual review in June 2027, when given a 2nd grade passage,
        Maya will read aloud at 80 words correct per minute with 95% accuracy in 4 out of 5 trials,
        as measured by biweekly curriculum-based measures.
        Short-Term Objectives:
        1.1 By November 2026, Maya will read 50 wcpm on 2nd grade passages as measured by CBM probes.
        1.2 By February 2027, Maya will read 65 wcpm on 2nd grade passages as measured by CBM probes.

        Annual Goal 2: Maya will improve her writing skills.
        Progress will be reported quarterly.
        """;

    [Fact]
    public void Check_GoalsSection_FindsEachGoalAndObjectiveInOrder()
    {
        var goals = Checker.Check(GoalsSection).Goals;

        Assert.Equal(4, goals.Count);
        Assert.Equal([GoalKind.AnnualGoal, GoalKind.Objective, GoalKind.Objective, GoalKind.AnnualGoal], goals.Select(g => g.Kind));
        Assert.Equal([1, 2, 3, 4], goals.Select(g => g.Number));
        Assert.StartsWith("By the annual review", goals[0].Text, StringComparison.Ordinal);
        Assert.Contains("biweekly curriculum-based measures", goals[0].Text, StringComparison.Ordinal);
        Assert.Contains("50 wcpm", goals[1].Text, StringComparison.Ordinal);
        Assert.Contains("65 wcpm", goals[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_GoalsSection_ProgressSentenceStaysWithTheGoalAndIsNoGoal()
    {
        var last = Checker.Check(GoalsSection).Goals[^1];

        Assert.Contains("Progress will be reported quarterly", last.Text, StringComparison.Ordinal);
        Assert.False(last.Measurable);
    }

    [Fact]
    public void Check_WrappedGoal_ReadsAsOneGoalWithPartsAcrossLines()
    {
        var first = Checker.Check(GoalsSection).Goals[0];

        Assert.True(first.Measurable);
        Assert.Equal("biweekly curriculum-based measures", first.Get(GoalPart.Measurement)!.Value);
        Assert.True(first.Get(GoalPart.Baseline)!.FromContext);
    }

    [Theory]
    [InlineData("1. Sam will read 90 wcpm by May 2027.\n2. Sam will write 5 sentences by May 2027.\n3. Sam will work on behavior.")]
    [InlineData("1) Sam will read 90 wcpm by May 2027.\n2) Sam will write 5 sentences by May 2027.\n3) Sam will work on behavior.")]
    [InlineData("- Sam will read 90 wcpm by May 2027.\n- Sam will write 5 sentences by May 2027.\n- Sam will work on behavior.")]
    [InlineData("• Sam will read 90 wcpm by May 2027.\n• Sam will write 5 sentences by May 2027.\n• Sam will work on behavior.")]
    [InlineData("Goal 1: Sam will read 90 wcpm by May 2027.\nGoal 2: Sam will write 5 sentences by May 2027.\nGoal #3 - Sam will work on behavior.")]
    [InlineData("Sam will read 90 wcpm by May 2027.\n\nSam will write 5 sentences by May 2027.\n\nSam will work on behavior.")]
    [InlineData("Sam will read 90 wcpm by May 2027. Sam will write 5 sentences by May 2027. Sam will work on behavior.")]
    public void Check_ThreeGoalsWithAnyNumberingOrBullets_SplitsIntoThree(string text)
    {
        var goals = Checker.Check(text).Goals;

        Assert.Equal(3, goals.Count);
        Assert.StartsWith("Sam will read", goals[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Sam will write", goals[1].Text, StringComparison.Ordinal);
        Assert.Equal("Sam will work on behavior.", goals[2].Text);
    }

    [Fact]
    public void Check_HeadingOnItsOwnLine_JoinsTheGoalBelowIt()
    {
        var goals = Checker.Check("Annual Goal 1:\nBy May 2027, Sam will read 90 wcpm as measured by weekly probes.").Goals;

        var goal = Assert.Single(goals);
        Assert.StartsWith("By May 2027", goal.Text, StringComparison.Ordinal);
        Assert.True(goal.Measurable);
    }

    [Fact]
    public void Check_PresentLevelSentenceBetweenGoals_BelongsToTheNextGoal()
    {
        var goals = Checker.Check(
            "Sam will read 90 wcpm by May 2027 as measured by probes. Currently Sam writes 2 sentences. "
            + "By May 2027, Sam will write 6 sentences as measured by a rubric.").Goals;

        Assert.Equal(2, goals.Count);
        Assert.False(goals[0].Has(GoalPart.Baseline));
        Assert.Contains("2 sentences", goals[1].Get(GoalPart.Baseline)!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DecimalsAndAbbreviations_DoNotSplitAGoal()
    {
        var goals = Checker.Check("By Sept. 2027, Owen will read at a 2.5 grade level as measured by running records.").Goals;

        var goal = Assert.Single(goals);
        Assert.Equal("at a 2.5 grade level", goal.Get(GoalPart.Criterion)!.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    [InlineData("Present levels: Maya reads 38 wcpm.\n\nShe likes art and music.")]
    public void Check_TextWithoutAGoal_ReturnsNoGoalsAndSaysSo(string text)
    {
        var result = Checker.Check(text);

        Assert.Empty(result.Goals);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
        Assert.False(result.AllMeasurable);
    }

    [Fact]
    public void Check_HugeUnpunctuatedPaste_FinishesQuickly()
    {
        var text = string.Concat(Enumerable.Repeat("the student will read with with with 4 of ", 2000));
        // The checker builds its patterns on its first check: built before the clock starts, so this times the paste.
        Checker.Check("Sam will read 90 words correct per minute by June 2027, as measured by weekly probes.");

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = Checker.Check(text);

        Assert.NotEmpty(result.Goals);
        Assert.True(result.Truncated);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Check_WindowsLineEndingsAndBenchmarkHeadings_SplitTheSameWay()
    {
        var text = "Annual Goal 1: By May 2027, Sam will read 90 wcpm as measured by weekly probes.\r\n"
            + "Benchmark 1: By January 2027, Sam will read 65 wcpm as measured by weekly probes.\r\n"
            + "Objective 2 - By March 2027, Sam will read 78 wcpm as measured by weekly probes.\r\n";

        var goals = Checker.Check(text).Goals;

        Assert.Equal([GoalKind.AnnualGoal, GoalKind.Objective, GoalKind.Objective], goals.Select(g => g.Kind));
        Assert.All(goals, g => Assert.True(g.Measurable, g.Text));
        Assert.All(goals, g => Assert.DoesNotContain('\r', g.Text));
    }
}
