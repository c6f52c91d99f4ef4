using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Presentation;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Tests.Presentation;

/// <summary>Every cited rule in an advice reply links to its official text (issue 19), in the text and in the card.</summary>
public sealed class AdviceMessageTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Fact]
    public void Build_StepWithCitations_LinksEachRuleInTheTextAndTheCard()
    {
        var advice = new Advisor().Advise(new CaseFacts { Stage = Stage.Discipline, HasIep = true, ConsecutiveDaysRemoved = 12, DaysRemovedThisYear = 12 }, Today);

        var reply = new AdviceMessage(new MessageCatalog()).Build(advice, 0, null);

        Assert.Contains("[34 CFR 300.530(e)](https://www.ecfr.gov/current/title-34/section-300.530#p-300.530(e))", reply.Text, StringComparison.Ordinal);
        var card = (JObject)reply.Attachments[0].Content;
        var rule = card.SelectTokens("$..facts[?(@.title == 'Rule')].value").Select(t => (string)t!).First();
        Assert.StartsWith("[34 CFR 300.530(e)](https://www.ecfr.gov/", rule, StringComparison.Ordinal);
    }
}
