using IepNavigator.Understanding.Lexicon;

namespace IepNavigator.Understanding.Tests.Lexicon;

/// <summary>Within one read a phrase set answers a clause once; outside a read, and after it, every ask is matched afresh.</summary>
public sealed class PhraseMemoTests
{
    private static readonly PhraseSet Suspended = PhrasePattern.Compile(["suspend*", "sent home"]);
    private static readonly PhraseSet Home = PhrasePattern.Compile(["home"]);

    [Fact]
    public void InARead_TheSameSetAndClause_GiveTheFirstMatch_AndOtherSetsOrClausesTheirOwn()
    {
        using (PhraseMemo.Begin())
        {
            var first = Suspended.Match("he was sent home again");
            Assert.NotNull(first);
            Assert.Same(first, Suspended.Match("he was sent home again"));
            Assert.Same(first, Suspended.Match(string.Concat("he was sent ", "home again"))); // equal text, another string
            Assert.Equal("home", Home.Match("he was sent home again")!.Value);
            Assert.Equal("suspended", Suspended.Match("they suspended him")!.Value);
            Assert.Null(Suspended.Match("he likes school"));
            using (PhraseMemo.Begin())
            {
                Assert.Same(first, Suspended.Match("he was sent home again")); // a nested read shares the outer one's
            }
            Assert.Same(first, Suspended.Match("he was sent home again"));
        }

        var after = Suspended.Match("he was sent home again");
        Assert.NotNull(after);
        Assert.NotSame(after, Suspended.Match("he was sent home again"));
    }
}
