using System.Reflection;
using System.Text.RegularExpressions;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Deadlines;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Knowledge.Tests.Content;

public partial class ContentIntegrityTests
{
    private static readonly KnowledgeContent Content = KnowledgeContent.Default;

    /// <summary>The phrase parents must never be told (they ask for evaluations), in its spoken variants.</summary>
    [GeneratedRegex(@"ask(ing)?\s+(for\s+)?an\s+IEP\b", RegexOptions.IgnoreCase)]
    private static partial Regex AskForAnIep();

    /// <summary>Every string of every embedded content file, read as raw text.</summary>
    private static IEnumerable<(string File, string Text)> EmbeddedFiles()
    {
        var assembly = typeof(IAdvisor).Assembly;
        foreach (var name in assembly.GetManifestResourceNames())
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            yield return (name, reader.ReadToEnd());
        }
    }

    [Fact]
    public void Content_AllEmbeddedFiles_ArePresent()
    {
        var names = EmbeddedFiles().Select(f => f.File).ToList();

        foreach (var file in new[] { "steps", "letters", "phrases", "policy", "holidays", "state-timelines", "questions-by-stage", "validation" })
        {
            Assert.Contains($"IepNavigator.Knowledge.Content.{file}.json", names);
        }
    }

    [Theory]
    [InlineData("You should ask for an IEP.")]
    [InlineData("Asking an IEP meeting")]
    [InlineData("ASK FOR AN iep now")]
    public void Content_ForbiddenPhraseCheck_CatchesItsVariants(string sentence) => Assert.Matches(AskForAnIep(), sentence);

    [Fact]
    public void Content_NoFileEverSaysAskForAnIep()
    {
        foreach (var (file, text) in EmbeddedFiles())
        {
            Assert.False(AskForAnIep().IsMatch(text), $"{file} tells parents to request the plan itself; they ask for evaluations.");
        }
    }

    [Fact]
    public void Content_StateTimelines_CoverTheFifteenStatesWithSources()
    {
        var states = Content.Timelines.States;

        Assert.Equal(
            new[] { "AZ", "CA", "FL", "GA", "IL", "MA", "MI", "NC", "NJ", "NY", "OH", "PA", "TX", "VA", "WA" },
            states.Select(s => s.State).Order(StringComparer.Ordinal));
        Assert.All(states, s => Assert.StartsWith("http", s.InitialEvaluation.SourceUrl, StringComparison.Ordinal));
        Assert.All(states, s => Assert.Contains(s.InitialEvaluation.Confidence, new[] { "P", "S", "P/S" }));
    }

    [Fact]
    public void Content_EveryTimeline_UsesAKnownUnitAndTriggerWithPhrases()
    {
        var timelines = Content.Timelines.States
            .SelectMany(s => new[] { s.InitialEvaluation, s.EvaluationResponse, s.InitialIepMeeting, s.RecordsAccess })
            .Concat(typeof(FederalTimelines).GetProperties().Select(p => (Timeline?)p.GetValue(Content.Timelines.Federal)))
            .OfType<Timeline>()
            .ToList();

        Assert.All(timelines, t =>
        {
            Assert.Contains(t.Unit, TimeUnits.All);
            Assert.True(Content.Phrases.Units.ContainsKey(t.Unit), t.Unit);
            Assert.True(Content.Phrases.Triggers.ContainsKey(t.Trigger), t.Trigger);
            Assert.True(t.Days > 0);
        });
    }

    [Fact]
    public void Content_EveryDeadlineKind_HasAName()
    {
        foreach (var kind in Enum.GetValues<DeadlineKind>())
        {
            Assert.True(Content.Phrases.DeadlineNames.ContainsKey(DeadlineKeys.Of(kind)), kind.ToString());
            Assert.True(Content.Phrases.DeadlineNamesInLetters.ContainsKey(DeadlineKeys.Of(kind)), kind.ToString());
        }
    }

    [Fact]
    public void Content_QuestionsByStage_NameRealFactsForEveryStage()
    {
        var stages = Enum.GetValues<Stage>().Select(s => KnowledgeJson.EnumName(s)).Append(MissingFactsFinder.UnknownStage);

        Assert.All(stages, s => Assert.True(Content.Questions.Stages.ContainsKey(s), s));
        Assert.All(Content.Questions.Stages.Values.SelectMany(q => q), q =>
        {
            Assert.True(CaseFactFields.Find(q.Fact) is not null, q.Fact);
            Assert.True(q.IfKnown is null || CaseFactFields.Find(q.IfKnown) is not null, q.IfKnown);
            Assert.True(q.IfTrue is null || CaseFactFields.Find(q.IfTrue) is not null, q.IfTrue);
            Assert.True(q.UnlessTrue is null || CaseFactFields.Find(q.UnlessTrue) is not null, q.UnlessTrue);
        });
    }

    [Fact]
    public void Content_ReasonPlaceholders_AreAllKnownToTheRenderer()
    {
        var known = new HashSet<string>(StringComparer.Ordinal)
        {
            "concerns", "state", "age", "daysRemoved", "requestedOn", "consentOn", "meetingOn", "lastEvaluationOn",
            "lastReviewOn", "ieeRequestedOn", "eligibilityOn", "evaluationOn", "changeOn", "requestedRecordsOn",
            "daysSinceIee", "dueBy", "deadlineRule", "deadlineName", "consecutiveDays", "placementOn", "filedOn", "disputedOn",
            "nextIepEnds", "filingLimit",
        };
        var used = Content.Steps.Steps.SelectMany(s => s.Reasons.Values)
            .SelectMany(t => Regex.Matches(t, @"\{(\w+)\}").Select(m => m.Groups[1].Value));

        Assert.Empty(used.Where(p => !known.Contains(p)).Distinct());
    }

    [Fact]
    public void Content_Holidays_AreMarkedAsApproximationAndCoverTheTestYears()
    {
        var text = EmbeddedFiles().Single(f => f.File.EndsWith("holidays.json", StringComparison.Ordinal)).Text;

        Assert.Contains("\"approximation\": true", text, StringComparison.Ordinal);
        Assert.Contains("2028-01-17", text, StringComparison.Ordinal); // MLK day in the leap year
    }
}
