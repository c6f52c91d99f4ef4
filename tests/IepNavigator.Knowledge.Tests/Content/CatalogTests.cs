using NRules.RuleModel;
using IepNavigator.Knowledge.Letters;
using IepNavigator.Knowledge.Rules;
using IepNavigator.Knowledge.Steps;

namespace IepNavigator.Knowledge.Tests.Content;

public class CatalogTests
{
    private static readonly StepCatalog Steps = new();
    private static readonly LetterCatalog Letters = new();

    [Fact]
    public void Catalog_EveryContractStepId_HasContent()
    {
        var missing = ContractData.StepIds.Where(id => Steps.Find(id) is null).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Catalog_EveryContentLetterId_ExistsInLetterCatalog()
    {
        var unknown = Steps.Steps.Where(s => s.Letter is not null && Letters.Find(s.Letter) is null)
            .Select(s => $"{s.Id} -> {s.Letter}").ToList();

        Assert.Empty(unknown);
    }

    [Fact]
    public void Catalog_LetterIds_AreExactlyTheContracts()
    {
        Assert.Equal(ContractData.LetterIds.Order(StringComparer.Ordinal),
            Letters.Letters.Select(l => l.Id).Order(StringComparer.Ordinal));
        Assert.All(Letters.Letters, l => Assert.False(string.IsNullOrWhiteSpace(l.Title)));
    }

    [Fact]
    public void Catalog_StepLetters_MatchTheContractTable()
    {
        foreach (var (id, letter) in ContractData.StepLetters)
        {
            Assert.Equal(letter, Steps.Find(id)?.Letter);
        }
    }

    [Fact]
    public void Catalog_ActOrder_IsUniquePerStep()
    {
        Assert.Equal(Steps.Steps.Count, Steps.Steps.Select(s => s.Order).Distinct().Count());
    }

    [Fact]
    public void Rules_EveryRecommendedStepAndReason_ExistsInContent()
    {
        var problems = RuleRecommendationScan.Recommendations()
            .Where(r => Steps.Find(r.StepId) is null || (r.ReasonKey is { } key && Steps.ReasonTemplate(r.StepId, key) is null))
            .Select(r => $"{r.Rule}: {r.StepId}/{r.ReasonKey}")
            .ToList();

        Assert.Empty(problems);
    }

    [Fact]
    public void Rules_EveryContractStep_IsRecommendedBySomeRule()
    {
        var recommended = RuleRecommendationScan.Recommendations().Select(r => r.StepId).ToHashSet();

        Assert.Empty(ContractData.StepIds.Except(recommended));
    }

    [Fact]
    public void Content_EveryReasonSentence_IsUsedBySomeRule()
    {
        var used = RuleRecommendationScan.Recommendations().Select(r => $"{r.StepId}:{r.ReasonKey}").ToHashSet();
        var written = IepNavigator.Knowledge.Content.KnowledgeContent.Default.Steps.Steps.SelectMany(s => s.Reasons.Keys.Select(k => $"{s.Id}:{k}"));

        Assert.Empty(written.Except(used));
    }
}
