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
            Assert.All(entry.Placeholder, p => Assert.StartsWith("[", p, StringComparison.Ordinal));
            Assert.NotEmpty(entry.Missing);
            Assert.NotEmpty(entry.Ask);
            Assert.All(entry.Missing.Concat(entry.Ask), s => Assert.False(string.IsNullOrWhiteSpace(s)));
            Assert.Contains("{value}", entry.Has, StringComparison.Ordinal);
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
            slot => Assert.Contains(slot, GoalsContent.Patterns.Rewrite.Template, StringComparison.Ordinal));
    }

    [Fact]
    public void Explanations_TheLastVariantOfEverySentenceNeedsNothingOfTheGoal()
    {
        // The last variant is said when the goal gives nothing to build on: it may use only the child and the examples.
        string[] always = ["child", "exampleAction", "exampleCondition", "exampleLevel", "exampleMeasure", "exampleBaseline"];
        foreach (var entry in GoalsContent.Explanations.Parts.Values)
        {
            foreach (var list in new[] { entry.Missing, entry.Ask, entry.Placeholder })
            {
                Assert.All(Slots.Names(list[^1]), name => Assert.Contains(name, always));
            }
        }
        Assert.True(GoalsContent.Explanations.Examples.ContainsKey("general"));
    }

    [Fact]
    public void Tracking_NumbersAreSensible()
    {
        Assert.InRange(GoalsContent.Tracking.MinimumPoints, 2, 10);
        Assert.InRange(GoalsContent.Tracking.OnTrackTolerance, 0, 0.25);
    }
}
