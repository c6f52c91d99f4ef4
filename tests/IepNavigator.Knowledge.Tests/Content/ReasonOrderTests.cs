using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Deadlines;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Rules.Model;
using IepNavigator.Knowledge.Steps;

namespace IepNavigator.Knowledge.Tests.Content;

/// <summary>
/// A step's reasons are said in the order steps.json lists them, not in the order the rules fired: the firing order
/// follows the shape of NRules' network, which a faster rule set may change.
/// </summary>
public class ReasonOrderTests
{
    private static readonly StepCatalog Catalog = new();

    [Fact]
    public void Assemble_RecommendationsFiredInReverse_SaysReasonsInListedOrder()
    {
        var content = KnowledgeContent.Default;
        var step = content.Steps.Steps.Single(s => s.Id == StepIds.RequestIepMeeting);
        // The step's reasons without placeholders, so each sentence is its template.
        var listed = step.Reasons.Where(r => !r.Value.Contains('{', StringComparison.Ordinal)).ToList();
        Assert.True(listed.Count >= 3, "request-iep-meeting needs three reasons without placeholders for this test.");
        var fired = listed.AsEnumerable().Reverse().Select(r => new Recommendation(step.Id, r.Key, Urgency.Soon)).ToList();

        var assembler = new AdviceAssembler(Catalog.In(ContentLanguage.English),
            new ReasonRenderer(Catalog.In(ContentLanguage.English), content.Phrases, content.Timelines, new DeadlineRuleWriter(content.Phrases)),
            content.Citations);
        var advice = assembler.Assemble(fired, new CaseFacts { Stage = Stage.IepInPlace },
            new CaseContext(AdvisorFixture.Today, content.Policy, stateListed: false));

        Assert.Equal(string.Join(" ", listed.Select(r => r.Value)), Assert.Single(advice).Why);
    }

    [Fact]
    public void Steps_ListTheirReasonsInTheSameOrder_InEveryLanguage()
    {
        var english = KnowledgeContent.For(ContentLanguage.English).Steps.Steps.ToDictionary(s => s.Id, s => s.Reasons.Keys.ToList());
        foreach (var language in ContentLanguage.Supported)
        {
            foreach (var step in KnowledgeContent.For(language).Steps.Steps)
            {
                Assert.Equal(english[step.Id], step.Reasons.Keys.ToList());
            }
        }
    }
}
