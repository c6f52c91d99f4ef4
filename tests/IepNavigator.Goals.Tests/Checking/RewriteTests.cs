using IepNavigator.Goals.Checking;

namespace IepNavigator.Goals.Tests.Checking;

/// <summary>The suggested rewrite: built from the goal's own words, blanks where parts are missing.</summary>
public class RewriteTests
{
    private static readonly GoalChecker Checker = new();

    private static CheckedGoal Single(string goal) => Assert.Single(Checker.Check(goal).Goals);

    [Fact]
    public void Rewrite_CompleteGoal_IsTheSchoolsSentenceUntouched()
    {
        // Nothing is missing, so nothing is added or reordered: the parent can see the goal needs no change.
        const string written = "Sam will increase reading fluency from 45 to 90 wcpm on 2nd grade passages by May 2027 as measured by weekly CBM probes.";
        var goal = Single(written);

        Assert.Equal(written, goal.Rewrite);
        Assert.DoesNotContain("[", goal.Rewrite, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewrite_MeasureInsideTheTarget_IsNotSaidTwice()
    {
        var goal = Single("By May 2027, given a grade-level passage, Eli will read aloud at 90 words correct per minute in 4 of 5 weekly probes.");

        Assert.DoesNotContain("as measured by", goal.Rewrite, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(goal.Rewrite, "weekly probes"));
        Assert.Contains("baseline: [Eli's level today: __ words correct per minute", goal.Rewrite, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    [Fact]
    public void Rewrite_VagueGoal_KeepsTheChildAndLeavesABracketedBlankForEveryMissingPart()
    {
        var goal = Single("Maya will work on behavior.");

        Assert.Contains("Maya will [", goal.Rewrite, StringComparison.Ordinal);
        Assert.Equal(6, goal.Rewrite.Count(c => c == '['));
        Assert.DoesNotContain("{", goal.Rewrite, StringComparison.Ordinal);
        Assert.StartsWith("[By when", goal.Rewrite, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewrite_PartlyWrittenGoal_FillsOnlyTheMissingParts()
    {
        var goal = Single("During transitions, Jayden will follow 2-step directions in 4/5 opportunities by the end of the school year.");

        Assert.StartsWith("During transitions, Jayden will follow 2-step directions in 4/5 opportunities by the end of the school year, as measured by [",
            goal.Rewrite, StringComparison.Ordinal);
        Assert.Contains("baseline: [Jayden's level today: __/5 opportunities", goal.Rewrite, StringComparison.Ordinal);
        Assert.Equal(2, goal.Rewrite.Count(c => c == '['));
    }

    [Fact]
    public void Rewrite_SeveralCriteria_KeepsThemAllInTextOrder()
    {
        var goal = Single("By June 2027, when given a 2nd grade passage, Maya will read aloud at 80 words correct per minute with 95% accuracy in 4 out of 5 trials, as measured by CBM probes.");

        Assert.Contains("Maya will read aloud at 80 words correct per minute with 95% accuracy in 4 out of 5 trials,", goal.Rewrite, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewrite_GoalWithoutAName_SaysYourChild()
    {
        var goal = Single("Will improve reading skills");

        Assert.Contains("your child will", goal.Rewrite, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewrite_AccentedName_IsKeptAsTheChild()
    {
        var goal = Single("José will read 90 wcpm by May 2027.");

        Assert.Contains("José will read", goal.Rewrite, StringComparison.Ordinal);
    }
}
