using IepNavigator.Knowledge.Facts;
using System.Globalization;
using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Reading;
using IepNavigator.Understanding.Text;

namespace IepNavigator.Understanding.Tests.Facts;

/// <summary>
/// Found trying the bot as a parent (an Arizona IEP case): "I asked for the progress reports and they just said hes
/// 'making progress'" was noted as "You get progress reports: Yes" and "making progress: Yes" — the school's claim and a
/// request for reports are neither. "i asked for his progress reports and never got them" was read as services not given
/// ("never got them" named no service). "they call me to pick him up early like 8 times now" gave no count, though partial
/// days sent home count toward the ten days (GUIDE E10). "last january i think, the 20th" lost its day.
/// </summary>
public sealed class SchoolClaimsAndPartialDaysTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    [Theory]
    [InlineData("I asked for the progress reports and they just said hes 'making progress'. what do i even do")]
    [InlineData("the teacher keeps telling me shes making progress but she still cant read")]
    [InlineData("school always says he's making progress, I don't see it")]
    public void TheSchoolsClaimOfProgress_IsNoFactOfProgress(string text) =>
        Assert.NotEqual(true, Reader.Read(text, Unprompted).Facts.MakingProgress);

    [Theory]
    [InlineData("I asked for the progress reports and they just said hes fine")]
    [InlineData("i emailed about his progress reports and the teacher said she would look into it")]
    public void AskingForReports_IsNoReportInHand(string text) =>
        Assert.Null(Reader.Read(text, Unprompted).Facts.HasProgressReports);

    [Theory]
    [InlineData("i asked for his progress reports and never got them")]
    [InlineData("i requested copies of his records and never got any")]
    public void DocumentsNeverReceived_AreNoServicesMissed(string text) =>
        Assert.Null(Reader.Read(text, Unprompted).Facts.ServicesDelivered);

    [Theory]
    [InlineData("his IEP says 30 min of speech a week but he never gets them")]
    [InlineData("he is supposed to get OT but never gets any")]
    public void ServicesOwedThenNeverGiven_StillSayNo(string text) =>
        Assert.Equal(false, Reader.Read(text, Unprompted).Facts.ServicesDelivered);

    [Theory]
    [InlineData("never got one")]
    [InlineData("never gotten any")]
    public void NeverGotOne_AnswersTheQuestionAsked(string text)
    {
        var reading = Reader.Read(text, new MessageContext(ReaderInstance.Today) { Awaiting = FactNames.HasProgressReports });
        Assert.Equal(false, reading.Facts.HasProgressReports);
        Assert.Null(reading.Facts.ServicesDelivered);
    }

    [Theory]
    [InlineData("they call me to pick him up early like 8 times now", 8)]
    [InlineData("he has an IEP and was sent home 5 times this year", 5)]
    [InlineData("me lo mandan a la casa ya van como 6 veces en total", 6)]
    public void SentHomeEarly_CountedSoFar_IsTheDaysRemoved(string text, int days) =>
        Assert.Equal(days, Reader.Read(text, Unprompted).Facts.DaysRemovedThisYear);

    [Theory]
    [InlineData("they sent him home early 2 times this week")]
    [InlineData("They keep calling me to pick him up early. Like 3 times a week.")]
    [InlineData("he got suspended three times")]
    public void ARateOrSuspensionsWithoutDays_AreNoTotal(string text) =>
        Assert.Null(Reader.Read(text, Unprompted).Facts.DaysRemovedThisYear);

    [Theory]
    [InlineData("last january i think, the 20th or so", "2026-01-20")]
    [InlineData("in october, on the 3rd", "2026-10-03")]
    public void DayToldAfterTheMonth_IsThatMonthsDay(string text, string expected)
    {
        var parsed = NaturalDateParser.Parse(text, ReaderInstance.Today, DateDirection.Past);
        Assert.NotNull(parsed);
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), parsed.Date);
    }
}
