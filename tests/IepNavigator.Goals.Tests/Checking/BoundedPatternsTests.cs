using System.Text.RegularExpressions;
using IepNavigator.Goals.Checking;
using IepNavigator.Goals.Content;
using IepNavigator.Knowledge.Text;

namespace IepNavigator.Goals.Tests.Checking;

/// <summary>
/// Pasted text is untrusted: every pattern is bounded (linear-time, or a timeout too generous for a busy CPU to trip),
/// and pastes built to make backtracking patterns slow are still checked to the end with the same answer as a
/// plain paste of the same goal.
/// </summary>
public class BoundedPatternsTests
{
    private static readonly GoalChecker Checker = new();
    private static readonly CompiledPatterns Patterns = new(GoalsContent.Patterns);

    [Fact]
    public void EveryPattern_IsLinearTime_OrHasAGenerousTimeout()
    {
        var all = Patterns.All.ToList();

        Assert.All(all, r => Assert.True(BoundedRegex.IsBounded(r), r.ToString()));
        // The 100-250 ms budgets of before fired under a loaded CPU on ordinary goals.
        Assert.All(all.Where(r => (r.Options & RegexOptions.NonBacktracking) == 0),
            r => Assert.True(r.MatchTimeout >= TimeSpan.FromSeconds(1), $"{r.MatchTimeout} for {r}"));
        // Most run on the linear engine; only lookarounds and \G keep a pattern on the backtracking one.
        Assert.True(all.Count(r => (r.Options & RegexOptions.NonBacktracking) != 0) * 2 > all.Count,
            $"{all.Count(r => (r.Options & RegexOptions.NonBacktracking) != 0)} of {all.Count} linear");
    }

    [Fact]
    public void BoundedRegex_PatternWithALookaround_FallsBackToATimeout()
    {
        var linear = BoundedRegex.Create(@"\bfrom \d+ to \d+\b");
        var fallback = BoundedRegex.Create(@"\bfrom \d+(?! percent) to \d+\b");

        Assert.NotEqual(RegexOptions.None, linear.Options & RegexOptions.NonBacktracking);
        Assert.Equal(Regex.InfiniteMatchTimeout, linear.MatchTimeout);
        Assert.Equal(BoundedRegex.FallbackTimeout, fallback.MatchTimeout);
        Assert.True(BoundedRegex.IsMatch(fallback, "from 45 to 90"));
    }

    public static TheoryData<string, string> PathologicalPastes() => new()
    {
        { "repeated will", string.Concat(Enumerable.Repeat("Sam will will ", 1200)) },
        { "from without to", string.Concat(Enumerable.Repeat("from 45 words words words words ", 500)) },
        { "currently and numbers", string.Concat(Enumerable.Repeat("currently 1 2 3 4 5 6 7 8 9 ", 600)) },
        { "one long word", new string('a', 17_000) },
        { "digits and percent signs", string.Concat(Enumerable.Repeat("80% 4 of 5 ", 1500)) },
        { "grade level runs", string.Concat(Enumerable.Repeat("at 3rd grade level grade level ", 500)) },
        { "no sentence end", "Sam will read " + string.Concat(Enumerable.Repeat("with prompts during class ", 600)) },
    };

    [Theory]
    [MemberData(nameof(PathologicalPastes))]
    public void Check_PathologicalPasteBeforeARealGoal_StillReadsTheGoal(string name, string noise)
    {
        const string goal = "By May 2027, given a 2nd grade passage, Sam will read aloud at 90 words correct per minute, as measured by weekly CBM probes.";

        var plain = Assert.Single(Checker.Check(goal).Goals);
        var result = Checker.Check(noise + "\n\n" + goal);

        Assert.True(result.Goals.Count > 0, name);
        var last = result.Goals[^1];
        Assert.Equal(plain.Measurable, last.Measurable);
        // A baseline read from the text before the goal (its present levels) may come from the noise; the goal's own parts may not.
        Assert.Equal(plain.Found.Select(f => (f.Part, f.Value)), last.Found.Where(f => !f.FromContext).Select(f => (f.Part, f.Value)));
    }
}
