using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Deadlines;

namespace IepNavigator.Knowledge.Tests.Deadlines;

public class SchoolCalendarTests
{
    private static readonly SchoolCalendar Calendar = KnowledgeContent.Default.Calendar;

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-11-20", 1, "2026-11-23")] // Friday + 1 school day skips the weekend
    [InlineData("2026-11-20", 10, "2026-12-08")] // Thanksgiving Thursday and Friday are skipped
    [InlineData("2026-12-21", 1, "2027-01-04")] // winter break (approximation) is skipped
    [InlineData("2027-01-15", 1, "2027-01-19")] // Martin Luther King Jr. Day Monday is skipped
    [InlineData("2027-06-11", 2, "2027-08-26")] // summer break (approximation) is skipped
    public void SchoolDays_AcrossWeekendsHolidaysAndBreaks_LandOnTheRightDay(string start, int days, string expected) =>
        Assert.Equal(D(expected), Calendar.Add(D(start), days, TimeUnits.School, null));

    [Theory]
    [InlineData("2028-01-31", 29, "2028-02-29")] // leap year
    [InlineData("2027-01-31", 29, "2027-03-01")]
    [InlineData("2026-12-02", 30, "2027-01-01")] // calendar days ignore holidays
    public void CalendarDays_AcrossMonthEndsAndLeapDays_LandOnTheRightDay(string start, int days, string expected) =>
        Assert.Equal(D(expected), Calendar.Add(D(start), days, TimeUnits.Calendar, null));

    [Theory]
    [InlineData("2028-02-29", 1, "2029-02-28")] // the anniversary of a leap day falls back to 28 February
    [InlineData("2028-02-29", 3, "2031-02-28")]
    [InlineData("2027-03-01", 1, "2028-03-01")]
    public void Years_FromLeapDay_FallBackToEndOfFebruary(string start, int years, string expected) =>
        Assert.Equal(D(expected), Calendar.Add(D(start), years, TimeUnits.Years, null));

    [Fact]
    public void BusinessDays_SkipFederalHolidaysButNotSummer()
    {
        Assert.Equal(D("2027-07-06"), Calendar.Add(D("2027-07-02"), 1, TimeUnits.Business, null)); // 5 July is the observed 4th
        Assert.Equal(D("2027-06-22"), Calendar.Add(D("2027-06-21"), 1, TimeUnits.Business, null)); // summer is a business day
    }

    [Fact]
    public void CalendarExcludingBreaks_PausesOverWinterBreak() =>
        // 21 Dec counts, 22 Dec - 2 Jan do not, then 3 Jan onwards.
        Assert.Equal(D("2027-01-04"), Calendar.Add(D("2026-12-20"), 3, TimeUnits.CalendarExcludingBreaks, null));

    [Fact]
    public void CalendarExcludingSummer_CountsWinterBreakButNotSummer()
    {
        Assert.Equal(D("2027-01-01"), Calendar.Add(D("2026-12-20"), 12, TimeUnits.CalendarExcludingSummer, null));
        Assert.Equal(D("2027-08-26"), Calendar.Add(D("2027-06-14"), 1, TimeUnits.CalendarExcludingSummer, null));
    }

    [Fact]
    public void CalendarExcludingClosures_SkipsHolidaysButCountsWeekends()
    {
        // 11 November (Veterans Day) is skipped; the weekend of 7-8 November counts.
        Assert.Equal(D("2026-11-12"), Calendar.Add(D("2026-11-06"), 5, TimeUnits.CalendarExcludingClosures, null));
    }

    [Fact]
    public void StateHoliday_FromData_AppliesOnlyToThatState()
    {
        var calendar = new SchoolCalendar(new HolidaysDocument(
            [new Holiday(D("2027-03-02"), "Texas Independence Day (example)", Federal: false, State: "TX")], []));

        Assert.Equal(D("2027-03-03"), calendar.Add(D("2027-03-01"), 1, TimeUnits.School, "TX"));
        Assert.Equal(D("2027-03-02"), calendar.Add(D("2027-03-01"), 1, TimeUnits.School, "WA"));
    }

    [Fact]
    public void Weekends_AreNeverSchoolDays() =>
        Assert.False(Calendar.IsSchoolDay(D("2026-11-28"), null) || Calendar.IsSchoolDay(D("2026-11-29"), null));
}
