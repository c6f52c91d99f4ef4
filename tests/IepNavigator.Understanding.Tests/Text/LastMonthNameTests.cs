using System.Globalization;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Reading;
using IepNavigator.Understanding.Text;

namespace IepNavigator.Understanding.Tests.Text;

/// <summary>
/// A month named with "last", "this", "next" or a year word ("last december", "el diciembre pasado", "december last year")
/// is placed by today's month: "last december" typed on December 7 at the last-review question was read as this
/// December 1 (found trying the bot as a parent). Today varies here; the parser never reads a clock.
/// </summary>
public sealed class LastMonthNameTests
{
    [Theory]
    // Today's month is the named month: "last" is last year's, "this" this year's, "next" next year's.
    [InlineData("2026-12-07", "last december", "2025-12-01")]
    [InlineData("2026-12-07", "this december", "2026-12-01")]
    [InlineData("2026-12-07", "next december", "2027-12-01")]
    [InlineData("2026-12-07", "el diciembre pasado", "2025-12-01")]
    [InlineData("2026-12-07", "diciembre pasado", "2025-12-01")]
    [InlineData("2026-12-07", "este diciembre", "2026-12-01")]
    [InlineData("2026-12-07", "en diciembre del año pasado", "2025-12-01")]
    [InlineData("2026-12-07", "december last year", "2025-12-01")]
    [InlineData("2026-12-07", "in december of last year", "2025-12-01")]
    // A month before today's: "last" is this year's, "<month> last year" last year's.
    [InlineData("2026-12-07", "last march", "2026-03-01")]
    [InlineData("2026-12-07", "in march last year", "2025-03-01")]
    [InlineData("2026-12-07", "el marzo pasado", "2026-03-01")]
    [InlineData("2026-12-07", "next march", "2027-03-01")]
    // A month after today's: "last" is last year's, "next" and "this" this year's.
    [InlineData("2026-04-10", "last june", "2025-06-01")]
    [InlineData("2026-04-10", "el junio pasado", "2025-06-01")]
    [InlineData("2026-04-10", "next june", "2026-06-01")]
    [InlineData("2026-04-10", "el proximo junio", "2026-06-01")]
    [InlineData("2026-04-10", "this june", "2026-06-01")]
    [InlineData("2026-04-10", "june of next year", "2027-06-01")]
    public void NamedMonth_IsPlacedByTodaysMonth(string today, string text, string expected)
    {
        var date = NaturalDateParser.Parse(text, DateOnly.Parse(today, CultureInfo.InvariantCulture));
        Assert.NotNull(date);
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), date.Date);
        Assert.True(date.Approximate);
    }

    [Theory]
    [InlineData("last december i think, the 3rd", "2025-12-03")]
    [InlineData("last march 3", "2026-03-03")]
    public void DayTold_WithTheNamedMonth_IsKept(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), NaturalDateParser.Parse(text, new DateOnly(2026, 12, 7))?.Date);

    [Fact]
    public void ThisMay_AsAVerb_IsNoDate() =>
        Assert.Null(NaturalDateParser.Parse("this may take a while", new DateOnly(2026, 12, 7)));

    [Theory]
    [InlineData("last december", "2025-12-01")]
    [InlineData("el diciembre pasado", "2025-12-01")]
    [InlineData("this december i think", "2026-12-01")]
    public void AnswerToTheLastReviewQuestion_OnDecember7(string text, string expected)
    {
        var reading = ReaderInstance.Shared.Read(text, new MessageContext(new DateOnly(2026, 12, 7)) { Awaiting = FactNames.LastIepReviewOn });
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), reading.Facts.LastIepReviewOn);
        Assert.Contains(FactNames.LastIepReviewOn, reading.Approximate);
    }
}
