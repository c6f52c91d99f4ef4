using IepNavigator.Understanding.Text;

namespace IepNavigator.Understanding.Tests.Text;

public class NaturalDateParserTests
{
    // Thanksgiving 2026, a Thursday.
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Theory]
    [InlineData("Sept 3", "2026-09-03", false)]
    [InlineData("September 3rd", "2026-09-03", false)]
    [InlineData("sept. 3", "2026-09-03", false)]
    [InlineData("9/3", "2026-09-03", false)]
    [InlineData("9/3/2026", "2026-09-03", false)]
    [InlineData("9/3/25", "2025-09-03", false)]
    [InlineData("2026-09-03", "2026-09-03", false)]
    [InlineData("the 3rd of September", "2026-09-03", false)]
    [InlineData("3 September 2025", "2025-09-03", false)]
    [InlineData("I asked on Sept. 3, 2025 by email", "2025-09-03", false)]
    [InlineData("12/15", "2025-12-15", false)]
    [InlineData("Dec 15", "2025-12-15", false)]
    [InlineData("yesterday", "2026-11-25", false)]
    [InlineData("today", "2026-11-26", false)]
    [InlineData("last Monday", "2026-11-23", false)]
    [InlineData("monday", "2026-11-23", false)]
    [InlineData("last Thursday", "2026-11-19", false)]
    [InlineData("thursday", "2026-11-26", false)]
    [InlineData("about 3 weeks ago", "2026-11-05", true)]
    [InlineData("3 weeks ago", "2026-11-05", true)]
    [InlineData("3 weeks", "2026-11-05", true)]
    [InlineData("been waiting for 3 weeks", "2026-11-05", true)]
    [InlineData("a couple of weeks ago", "2026-11-12", true)]
    [InlineData("a few days ago", "2026-11-23", false)]
    [InlineData("10 days ago", "2026-11-16", false)]
    [InlineData("2 months ago", "2026-09-26", true)]
    [InlineData("two months ago", "2026-09-26", true)]
    [InlineData("a year ago", "2025-11-26", true)]
    [InlineData("last month", "2026-10-26", true)]
    [InlineData("in October", "2026-10-01", true)]
    [InlineData("October", "2026-10-01", true)]
    [InlineData("early October", "2026-10-05", true)]
    [InlineData("mid-October", "2026-10-15", true)]
    [InlineData("late December", "2025-12-25", true)]
    [InlineData("in November", "2026-11-01", true)]
    [InlineData("October 2025", "2025-10-01", true)]
    [InlineData("last spring", "2026-04-15", true)]
    [InlineData("last fall", "2025-10-15", true)]
    [InlineData("this summer", "2026-07-15", true)]
    [InlineData("spring 2024", "2024-04-15", true)]
    [InlineData("in fall 2023", "2023-10-15", true)]
    [InlineData("his last evaluation was in 2022", "2022-07-01", true)]
    [InlineData("last full evaluation was 2021", "2021-07-01", true)]
    [InlineData("su última evaluación fue en 2022", "2022-07-01", true)]
    public void Parse_PastForms_ResolveRelativeToToday(string text, string expected, bool approximate)
    {
        var parsed = NaturalDateParser.Parse(text, Today, DateDirection.Past);

        Assert.NotNull(parsed);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed.Date);
        Assert.Equal(approximate, parsed.Approximate);
    }

    [Theory]
    [InlineData("Dec 3", "2026-12-03")]
    [InlineData("9/3", "2027-09-03")]
    [InlineData("next Tuesday", "2026-12-01")]
    [InlineData("tuesday", "2026-12-01")]
    [InlineData("in 2 weeks", "2026-12-10")]
    [InlineData("tomorrow", "2026-11-27")]
    public void Parse_FutureDirection_PlacesYearlessDatesAhead(string text, string expected)
    {
        var parsed = NaturalDateParser.Parse(text, Today, DateDirection.Future);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed?.Date);
    }

    [Theory]
    [InlineData("12/1/2026", "2026-12-01")]
    [InlineData("in 2 weeks", "2026-12-10")]
    [InlineData("next Monday", "2026-11-30")]
    public void Parse_ExplicitFutureWhilePastExpected_KeepsTheFutureDateForTheCallerToQuestion(string text, string expected)
    {
        var parsed = NaturalDateParser.Parse(text, Today, DateDirection.Past);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed?.Date);
        Assert.True(parsed!.Date > Today);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("I don't know")]
    [InlineData("😀😀")]
    [InlineData("Feb 30")]
    [InlineData("31/31")]
    [InlineData("she has a 504")]
    [InlineData("idk exactly, the last one was like 3 days i think")]
    [InlineData("it took 2 weeks")]
    [InlineData("la ultima fue de 3 dias")]
    public void Parse_NoDate_ReturnsNull(string? text)
    {
        Assert.Null(NaturalDateParser.Parse(text, Today));
    }

    [Theory]
    // A year alone is a date only where it places an event: not a span start, a school year or a year still to come.
    [InlineData("he has had an IEP since 2022")]
    [InlineData("the 2022-23 school year")]
    [InlineData("his meeting is in 2027")]
    public void Parse_YearThatPlacesNoPastEvent_IsNoDate(string text)
    {
        Assert.Null(NaturalDateParser.Parse(text, Today, DateDirection.Past));
    }
}
