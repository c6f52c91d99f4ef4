using IepNavigator.Knowledge.Facts;
using static IepNavigator.Knowledge.Tests.AdvisorFixture;

namespace IepNavigator.Knowledge.Tests.Rules;

public class HelpRuleTests
{
    [Fact]
    public void Fire_NothingKnown_ParentCenterAndStateProcessPresent()
    {
        var advice = Advise(new CaseFacts());

        Assert.True(advice.Has("contact-parent-center"));
        Assert.Contains("federal", advice.Require("learn-state-process").Why, StringComparison.Ordinal);
        Assert.Contains("not legal advice", advice.Disclaimer, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_StateKnown_StateProcessNamesTheState()
    {
        var advice = Advise(new CaseFacts { State = "WA" });

        Assert.Contains("WA", advice.Require("learn-state-process").Why, StringComparison.Ordinal);
    }
}
