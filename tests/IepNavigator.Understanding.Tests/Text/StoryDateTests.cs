using IepNavigator.Understanding.Text;

namespace IepNavigator.Understanding.Tests.Text;

/// <summary>In a parent's story a bare amount of days is a count; an answer to a date question reads it as "ago".</summary>
public sealed class StoryDateTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Theory]
    [InlineData("she was suspended for 3 days")]
    [InlineData("that's 12 days this year")]
    [InlineData("ya van 12 días este año")]
    public void ParseInStory_BareAmount_IsNotADate(string text)
    {
        Assert.Null(NaturalDateParser.ParseInStory(text, Today));
        Assert.NotNull(NaturalDateParser.Parse(text, Today)); // the answer to "when?" still reads it
    }

    [Theory]
    [InlineData("they expelled him 3 weeks ago", 2026, 11, 5)]
    [InlineData("lo expulsaron hace 3 semanas", 2026, 11, 5)]
    [InlineData("12 days out this year, and the meeting was 2 weeks ago", 2026, 11, 12)]
    public void ParseInStory_AgoOrHace_IsADate(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), NaturalDateParser.ParseInStory(text, Today)?.Date);
}
