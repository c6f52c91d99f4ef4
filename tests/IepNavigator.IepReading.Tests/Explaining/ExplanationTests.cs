using System.Text.Json;
using IepNavigator.IepReading.Corpus;
using IepNavigator.IepReading.Explaining;
using IepNavigator.IepReading.Model;

namespace IepNavigator.IepReading.Tests.Explaining;

/// <summary>The IEP said back to the parent: per section, in English and Spanish, with the questions for the team.</summary>
public sealed class ExplanationTests
{
    private static readonly IepExplainer Explainer = new(Readers.Checker);

    private static IepExtraction Read(string name) => Readers.Create().Read(CorpusDocuments.Get(name).File, Readers.Today);

    [Fact]
    public void Explain_GoalWithoutBaseline_AsksForTheChildsLevelNow()
    {
        var explanation = Explainer.Explain(Read("01-lincoln-table"), "en");
        Assert.StartsWith("I read Eli's IEP (2 pages). I found 3 annual goals, 3 services and 6 accommodations.", explanation.Overview, StringComparison.Ordinal);
        var goals = Assert.Single(explanation.Sections, s => s.Section == IepSection.Goals);
        var question = Assert.Single(goals.Questions);
        Assert.Equal("Goal 3 has no starting point (baseline).", question.Finding);
        Assert.Contains("Eli", question.Ask, StringComparison.Ordinal);
        Assert.Equal(1, question.At?.Page);
        Assert.Contains(explanation.Confirm, c => c.Contains("quarterly", StringComparison.Ordinal) || c.Contains("4", StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_SameIepInSpanish_SpanishSentencesSameQuestions()
    {
        var reading = Read("01-lincoln-table");
        var english = Explainer.Explain(reading, "en");
        var spanish = Explainer.Explain(reading, "es-US");
        Assert.Equal("es", spanish.Language);
        Assert.StartsWith("Leí el IEP (Programa de Educación Individualizado) de Eli", spanish.Overview, StringComparison.Ordinal);
        Assert.Equal(english.Sections.Select(s => s.Questions.Count), spanish.Sections.Select(s => s.Questions.Count));
        var goals = spanish.Sections.Single(s => s.Section == IepSection.Goals);
        Assert.Equal("La meta 3 no tiene punto de partida (baseline).", goals.Questions[0].Finding);
        Assert.DoesNotContain(spanish.Sections.SelectMany(s => s.Questions), q => q.Ask.Contains('{', StringComparison.Ordinal));
        Assert.Contains("octubre", string.Join(" ", spanish.Sections.Single(s => s.Section == IepSection.Dates).Items), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_SpanishIep_GoalsFoundButNotChecked()
    {
        var explanation = Explainer.Explain(Read("07-valley-spanish"), "es");
        var goals = explanation.Sections.Single(s => s.Section == IepSection.Goals);
        Assert.Contains(goals.Items, i => i.StartsWith("La meta 1 no está en inglés", StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_ThinIep_EveryProblemHasAQuestion()
    {
        var reading = Read("10-birch-minimal");
        var explanation = Explainer.Explain(reading, "en");
        var questions = explanation.Sections.SelectMany(s => s.Questions).ToList();
        Assert.Equal(reading.Findings.Count, questions.Count);
        Assert.Contains(questions, q => q.Ask.Contains("transition plan", StringComparison.Ordinal));
        Assert.Contains(questions, q => q.Finding.Contains("August 19, 2026", StringComparison.Ordinal));
        Assert.All(questions, q => Assert.DoesNotContain("{", q.Finding + q.Ask, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void Explain_EveryCodeTheCorpusProduces_HasASentence(string language)
    {
        foreach (var document in CorpusDocuments.All)
        {
            var reading = Readers.Create().Read(document.File, Readers.Today);
            var explanation = Explainer.Explain(reading, language);
            Assert.Equal(reading.Unsure.Count, explanation.Confirm.Count);
            Assert.Equal(reading.Findings.Count, explanation.Sections.Sum(s => s.Questions.Count));
            var all = JsonSerializer.Serialize(explanation);
            Assert.DoesNotMatch(@"\{[a-zA-Z]+\}", all);
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void Explain_EveryRefusal_HasAPlainMessage(string language)
    {
        foreach (var reason in Enum.GetValues<RefusalReason>())
        {
            var explanation = Explainer.Explain(IepExtraction.Refused(reason), language, maxFileMegabytes: 4, maxPages: 150);
            Assert.False(string.IsNullOrWhiteSpace(explanation.Overview));
            Assert.DoesNotContain("{", explanation.Overview, StringComparison.Ordinal);
        }
        Assert.Contains("4 MB", Explainer.Explain(IepExtraction.Refused(RefusalReason.TooLarge), language, 4, 150).Overview, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Scan_SaysSoAndHowToGetAReadableCopy()
    {
        var explanation = Explainer.Explain(Read("09-oak-scanned"), "en");
        Assert.StartsWith("This looks like a scan", explanation.Overview, StringComparison.Ordinal);
        Assert.Empty(explanation.Sections);
    }
}
