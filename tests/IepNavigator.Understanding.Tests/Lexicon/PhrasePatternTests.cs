using IepNavigator.Understanding.Lexicon;

namespace IepNavigator.Understanding.Tests.Lexicon;

/// <summary>The phrase language advocates write in content/*.json means what its README says.</summary>
public sealed class PhrasePatternTests
{
    private static readonly Dictionary<string, IReadOnlyList<string>> Slots = new() { ["school"] = ["school", "the teacher"] };

    [Theory]
    [InlineData("asked [for] an evaluation", "i asked an evaluation", true)]
    [InlineData("asked [for] an evaluation", "i asked for an evaluation", true)]
    [InlineData("(loses|forgets) ... summer", "he forgets everything over the summer", true)]
    [InlineData("(loses|forgets) ... summer", "he forgets a b c d e f summer", false)]
    [InlineData("suspend*", "they suspended him", true)]
    [InlineData("{school} said", "the teacher said wait", true)]
    [InlineData("# days", "14 days", true)]
    [InlineData("# days", "fourteen days", true)]
    [InlineData("read", "already", false)]
    [InlineData("read", "reading", false)]
    public void Compile_MatchesWholeWordsAsDocumented(string phrase, string normalizedText, bool matches) =>
        Assert.Equal(matches, PhrasePattern.Compile([phrase], Slots).IsMatch(normalizedText));

    [Fact]
    public void Compile_RefusesAQuestionMark()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => PhrasePattern.Compile(["(school )?said"]));
        Assert.Contains("[like this]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_RefusesAnUndefinedSlot() =>
        Assert.Throws<InvalidOperationException>(() => PhrasePattern.Compile(["{nope} said"], Slots));
}
