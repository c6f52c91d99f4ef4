using IepNavigator.Goals.Checking;
using IepNavigator.Goals.Content;
using IepNavigator.Goals.Progress;

namespace IepNavigator.Goals.Tests.Content;

/// <summary>The content files of knowledge/content/goals agree with the code that reads them.</summary>
public class GoalsContentTests
{
    [Fact]
    public void Patterns_EveryPartHasPatternsAndAnExplanationWithAPlaceholder()
    {
        var patterns = new CompiledPatterns(GoalsContent.Patterns);

        foreach (var part in Enum.GetValues<GoalPart>().Where(p => p != GoalPart.Skill))
        {
            Assert.NotEmpty(patterns.Parts[part]);
        }
        foreach (var part in Enum.GetValues<GoalPart>())
        {
            var entry = GoalsContent.Explanations.Parts[CompiledPatterns.KeyOf(part)];
            Assert.StartsWith("[", entry.Placeholder, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(entry.Missing));
            Assert.False(string.IsNullOrWhiteSpace(entry.Ask));
        }
        Assert.Contains(GoalPart.Criterion, patterns.Required);
    }

    [Fact]
    public void Patterns_CriterionPhrasesUseTheValue()
    {
        Assert.All(GoalsContent.Patterns.Parts["criterion"], p => Assert.Contains("{v}", p.Phrase, StringComparison.Ordinal));
    }

    [Fact]
    public void Phrases_NameEveryVerdictAndSource()
    {
        var phrases = GoalsContent.Phrases;

        Assert.All(Enum.GetNames<VerdictKind>(), k => Assert.True(phrases.VerdictNames.ContainsKey(k), k));
        Assert.All(Enum.GetNames<DataSource>(), s => Assert.True(phrases.Sources.ContainsKey(s), s));
        Assert.All(["on-track", "behind", "no-data", "no-points", "too-few-points", "too-early"],
            code => Assert.True(phrases.Verdicts.ContainsKey(code), code));
    }

    [Fact]
    public void Rewrite_TemplateUsesEverySlot()
    {
        Assert.All(["{timeframe}", "{condition}", "{child}", "{skill}", "{criterion}", "{measurement}", "{baseline}"],
            slot => Assert.Contains(slot, GoalsContent.Rewrite.Template, StringComparison.Ordinal));
    }

    [Fact]
    public void Tracking_NumbersAreSensible()
    {
        Assert.InRange(GoalsContent.Tracking.MinimumPoints, 2, 10);
        Assert.InRange(GoalsContent.Tracking.OnTrackTolerance, 0, 0.25);
    }
}
