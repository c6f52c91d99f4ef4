using System.Text.Json;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Deadlines;
using IepNavigator.Knowledge.Facts;
using static IepNavigator.Knowledge.Tests.AdvisorFixture;

namespace IepNavigator.Knowledge.Tests.Content;

/// <summary>Every rule the product cites is in citations.json with a plain summary and a link, in both languages.</summary>
public class CitationTests
{
    private static readonly CitationsDocument English = KnowledgeContent.Default.Citations;
    private static readonly CitationsDocument Spanish = KnowledgeContent.For(ContentLanguage.Spanish).Citations;

    [Fact]
    public void Citations_EveryStepCitation_IsInCitationsJson()
    {
        var missing = KnowledgeContent.Default.Steps.Steps.SelectMany(s => s.Citations.Select(c => (s.Id, c)))
            .Where(p => English.Link(p.c) is null).Select(p => $"{p.Id}: {p.c}").ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Citations_EveryTimelineCitation_IsInCitationsJson()
    {
        var book = KnowledgeContent.Default.Timelines;
        var timelines = book.States
            .SelectMany(s => new[] { s.InitialEvaluation, s.EvaluationResponse, s.InitialIepMeeting, s.RecordsAccess, s.DueProcessWindow })
            .Concat(typeof(FederalTimelines).GetProperties().Select(p => (Timeline?)p.GetValue(book.Federal)))
            .OfType<Timeline>().ToList();
        var cited = timelines.Select(t => t.Citation).Concat(timelines.Select(t => t.EndOfYear?.Citation).OfType<string>());

        Assert.Empty(cited.Where(c => English.Link(c) is null).Distinct());
    }

    [Fact]
    public void Timelines_EveryStateRule_CarriesItsSourceAndWhatWasRead()
    {
        // Issue 19: "put the sources you used for each state rule in the data" - a link alone does not say whether
        // the rule's own text or a district's summary of it was read.
        var book = KnowledgeContent.Default.Timelines;
        var rules = book.States.SelectMany(s => new[]
        {
            ($"{s.State} initialEvaluation", s.InitialEvaluation), ($"{s.State} evaluationResponse", s.EvaluationResponse),
            ($"{s.State} initialIepMeeting", s.InitialIepMeeting), ($"{s.State} recordsAccess", s.RecordsAccess),
            ($"{s.State} dueProcessWindow", s.DueProcessWindow),
        }).Where(r => r.Item2 is not null);

        Assert.All(rules, r =>
        {
            Assert.StartsWith("http", r.Item2!.SourceUrl, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(r.Item2.Notes), $"{r.Item1} says nothing about what was read");
        });
    }

    [Fact]
    public void Citations_EveryEntry_HasASummaryAndAnOfficialHttpsLink_SameInSpanish()
    {
        Assert.Equal(English.Rules.Keys.Order(StringComparer.Ordinal), Spanish.Rules.Keys.Order(StringComparer.Ordinal));
        Assert.All(English.Rules, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Value.Summary), r.Key);
            Assert.StartsWith("https://", r.Value.Url, StringComparison.Ordinal);
            Assert.Equal(r.Value.Url, Spanish.Rules[r.Key].Url);
            Assert.NotEqual(r.Value.Summary, Spanish.Rules[r.Key].Summary);
        });
    }

    [Fact]
    public void Citations_FederalRegulations_LinkToTheirOwnSectionOnEcfr()
    {
        foreach (var (citation, entry) in English.Rules.Where(r => r.Key.StartsWith("34 CFR ", StringComparison.Ordinal)))
        {
            var section = citation["34 CFR ".Length..].Split('(', '-')[0];
            Assert.StartsWith($"https://www.ecfr.gov/current/title-34/section-{section}", entry.Url, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Advise_EveryStep_CarriesItsCitationsAsLinksInTheSameOrder()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.Discipline, DaysRemovedThisYear = 14, DisciplineChangeOfPlacementOn = new(2026, 11, 20) });

        Assert.All(advice.Steps, s =>
        {
            Assert.Equal(s.Citations, s.CitationLinks.Select(l => l.Citation));
            Assert.All(s.CitationLinks, l => Assert.StartsWith("https://", l.Url, StringComparison.Ordinal));
        });
        Assert.Contains(advice.Require("manifestation-determination").CitationLinks,
            l => l.Url == "https://www.ecfr.gov/current/title-34/section-300.530#p-300.530(e)");
    }

    [Fact]
    public void Advise_InSpanish_CitationLinksSummarizeInSpanishWithTheSameLinks()
    {
        var facts = new CaseFacts { Stage = Stage.Plan504, ServicesDelivered = false };
        var english = Advise(facts).Require("file-ocr-complaint").CitationLinks;
        Advising.Advice spanish;
        using (ContentLanguage.Begin(ContentLanguage.Spanish))
        {
            spanish = Advise(facts);
        }

        var links = spanish.Require("file-ocr-complaint").CitationLinks;
        Assert.Equal(english.Select(l => l.Url), links.Select(l => l.Url));
        Assert.Contains(links, l => l.Summary.Contains("180 días", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_CitationLinks_SerializeWithTheAdvice()
    {
        var json = JsonSerializer.Serialize(Advise(new CaseFacts { Stage = Stage.Concerned }), KnowledgeJson.Options);

        Assert.Contains("\"citationLinks\":[{\"citation\":\"34 CFR 300.301\"", json, StringComparison.Ordinal);
    }
}
