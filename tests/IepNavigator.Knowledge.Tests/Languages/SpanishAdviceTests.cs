using System.Text.RegularExpressions;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Letters;
using IepNavigator.Knowledge.Steps;
using IepNavigator.Knowledge.Tests.Scenarios;
using static IepNavigator.Knowledge.Tests.AdvisorFixture;

namespace IepNavigator.Knowledge.Tests.Languages;

/// <summary>
/// The same advice in Spanish: the rules decide the same steps, urgencies and deadlines; only the sentences
/// change, and every sentence is Spanish with its placeholders filled and its rules cited as in English.
/// </summary>
public sealed partial class SpanishAdviceTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 6)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SpanishAdvice_SameStepsAndDeadlines_SentencesInSpanish(int seed)
    {
        foreach (var facts in RandomFacts.Generate(seed, count: 40, AdvisorFixture.Today))
        {
            var english = In(ContentLanguage.English, () => Advise(facts));
            var spanish = In(ContentLanguage.Spanish, () => Advise(facts));

            Assert.Equal(english.Steps.Select(s => (s.Id, s.Urgency, s.DueBy, s.Letter)), spanish.Steps.Select(s => (s.Id, s.Urgency, s.DueBy, s.Letter)));
            Assert.Equal(english.MissingFacts, spanish.MissingFacts);
            Assert.Equal(english.Warnings.Select(w => w.Code), spanish.Warnings.Select(w => w.Code));
            foreach (var (en, es) in english.Steps.Zip(spanish.Steps))
            {
                Assert.NotEqual(en.Title, es.Title);
                Assert.NotEqual(en.Why, es.Why);
                Assert.DoesNotContain("{", es.Why, StringComparison.Ordinal);
                Assert.DoesNotContain("{", es.DeadlineRule ?? "", StringComparison.Ordinal);
                // The rules keep their official names: every citation in the English reason is in the Spanish one.
                foreach (Match citation in Citation().Matches(en.Why + " " + en.DeadlineRule))
                {
                    Assert.Contains(citation.Value, es.Why + " " + es.DeadlineRule, StringComparison.Ordinal);
                }
                // Dates are written the Spanish way.
                Assert.DoesNotMatch(EnglishMonth(), es.Why + " " + es.DeadlineRule);
            }
            Assert.NotEqual(english.Disclaimer, spanish.Disclaimer);
            Assert.DoesNotMatch(AskForAnIep(), string.Join(" ", spanish.Steps.Select(s => s.Title + " " + s.Why)));
        }
    }

    [Fact]
    public void SpanishReason_WritesDatesAndDeadlinesInSpanish()
    {
        var facts = new CaseFacts
        {
            Stage = Stage.EvaluationRequested,
            EvaluationRequestedOn = new DateOnly(2026, 9, 3),
            RequestInWriting = true,
            ConsentSignedOn = new DateOnly(2026, 9, 20),
            State = "TX",
        };

        var advice = In(ContentLanguage.Spanish, () => Advise(facts));

        var text = string.Join(" ", advice.Steps.Select(s => s.Why + " " + s.DeadlineRule));
        Assert.Matches(@"\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de 20\d\d", text);
        Assert.Contains("Tex. Educ. Code 29.004", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalogs_FollowTheLanguage_WithTheSameIds()
    {
        var steps = new StepCatalog();
        var letters = new LetterCatalog();
        var en = In(ContentLanguage.English, () => (steps.Steps.ToList(), letters.Letters.ToList()));
        var es = In(ContentLanguage.Spanish, () => (steps.Steps.ToList(), letters.Letters.ToList()));

        Assert.Equal(en.Item1.Select(s => (s.Id, s.Order, s.Letter)), es.Item1.Select(s => (s.Id, s.Order, s.Letter)));
        Assert.Equal(en.Item1.Select(s => string.Join(",", s.Citations)), es.Item1.Select(s => string.Join(",", s.Citations)));
        Assert.All(en.Item1.Zip(es.Item1), p => Assert.NotEqual(p.First.Title, p.Second.Title));
        Assert.Equal(en.Item2.Select(l => l.Id), es.Item2.Select(l => l.Id));
        Assert.All(en.Item2.Zip(es.Item2), p => Assert.NotEqual(p.First.Title, p.Second.Title));
    }

    [Theory]
    [InlineData("es-US", "es")]
    [InlineData("es", "es")]
    [InlineData("ES_mx", "es")]
    [InlineData("en-GB", "en")]
    [InlineData("fr-FR", "en")]
    [InlineData("", "en")]
    [InlineData(null, "en")]
    public void Normalize_MapsLocalesToTheLanguagesWeHave(string? locale, string expected) =>
        Assert.Equal(expected, ContentLanguage.Normalize(locale));

    private static T In<T>(string language, Func<T> read)
    {
        using var _ = ContentLanguage.Begin(language);
        return read();
    }

    [GeneratedRegex(@"\b(34 CFR \d+\.\d+(\([a-z0-9]+\))*|20 U\.S\.C\. \d+|TEC [\d.]+|WAC [\d-A]+)")]
    private static partial Regex Citation();

    [GeneratedRegex(@"\b(January|February|March|April|June|July|August|September|October|November|December) \d")]
    private static partial Regex EnglishMonth();

    [GeneratedRegex(@"(?i)(pedir|solicitar|pida|solicite)\s+(un|el)\s+IEP\b")]
    private static partial Regex AskForAnIep();
}
