using IepNavigator.Knowledge.Facts;
using static IepNavigator.Knowledge.Tests.AdvisorFixture;

namespace IepNavigator.Knowledge.Tests.Deadlines;

/// <summary>
/// Clocks that meet the end of the school year (TX, IL, MA), the school's own breaks, and New Jersey's holidays. Dates
/// use the approximate calendar of holidays.json (school year 2026-27 ends Monday 14 June 2027; classes resume
/// Thursday 26 August 2027), so every school-day date says it is an estimate.
/// </summary>
public class SchoolYearEdgeTests
{
    private static readonly DateOnly Spring = new(2027, 4, 19); // 39 school days before the last day (14 June 2027)
    private static readonly DateOnly AfterSpring = new(2027, 4, 20);

    private static Advising.NextStep Evaluation(string state, DateOnly consent, IReadOnlyList<DateRange>? breaks = null) =>
        Advise(new CaseFacts { State = state, Stage = Stage.EvaluationRequested, ConsentSignedOn = consent, SchoolBreaks = breaks }, consent.AddDays(1))
            .Require("write-parent-concerns");

    [Fact]
    public void Advise_TexasConsent39SchoolDaysBeforeYearEnd_ReportDueJune30()
    {
        var step = Evaluation("TX", Spring);

        Assert.Equal(new DateOnly(2027, 6, 30), step.DueBy);
        Assert.Contains("Tex. Educ. Code 29.004(a-1)", step.DeadlineRule, StringComparison.Ordinal);
        Assert.Contains("39 school days", step.DeadlineRule, StringComparison.Ordinal);
        Assert.True(step.DueByEstimated);
    }

    [Fact]
    public void Advise_TexasConsentFewerThan35DaysBeforeYearEnd_ClockRunsOnAfterSummer()
    {
        var step = Evaluation("TX", new DateOnly(2027, 5, 10));

        Assert.True(step.DueBy > new DateOnly(2027, 8, 25), step.DueBy.ToString());
        Assert.DoesNotContain("June 30", step.DeadlineRule, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_IllinoisFewerThan60DaysLeft_DueBeforeTheNextSchoolYear() =>
        // Counting 60 school days would run into late September; the rule wants it done before school starts.
        Assert.Equal(new DateOnly(2027, 8, 25), Evaluation("IL", Spring).DueBy);

    [Fact]
    public void Advise_MassachusettsConsent30To44DaysBeforeYearEnd_Due14DaysAfterTheLastDay()
    {
        var step = Evaluation("MA", Spring);

        Assert.Equal(new DateOnly(2027, 6, 28), step.DueBy);
        Assert.Contains("603 CMR 28.05(1)", step.DeadlineRule, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_MassachusettsConsentEarlyInTheYear_NormalCount() =>
        Assert.Equal(new DateOnly(2026, 12, 9), Evaluation("MA", new DateOnly(2026, 10, 1)).DueBy);

    [Fact]
    public void Advise_SchoolDayDate_SaysItIsAnEstimate()
    {
        var step = Evaluation("WA", new DateOnly(2026, 10, 1));

        Assert.True(step.DueByEstimated);
        Assert.Contains("an estimate", step.DeadlineRule, StringComparison.Ordinal);
        Assert.Contains("no spring break", step.DeadlineRule, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_CalendarDayDate_IsNotAnEstimate()
    {
        var step = Evaluation("OH", new DateOnly(2026, 10, 1));

        Assert.False(step.DueByEstimated);
        Assert.DoesNotContain("estimate", step.DeadlineRule, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_SchoolsOwnFallBreak_MovesTheSchoolDayDateAndSaysSo()
    {
        // WA counts 35 school days: 23 November with the typical calendar. A fall break of 9-13 November adds 4 days off
        // (the 11th, Veterans Day, was off already), and Thanksgiving still skips: 1 December.
        var step = Evaluation("WA", new DateOnly(2026, 10, 1), [new DateRange(new(2026, 11, 9), new(2026, 11, 13))]);

        Assert.Equal(new DateOnly(2026, 12, 1), step.DueBy);
        Assert.Contains("school breaks you gave", step.DeadlineRule, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_SchoolsOwnCalendar_ReplacesTheTypicalWinterBreak() =>
        // The typical break starts 22 December; this school's starts the 23rd, so the 22nd counts: 4 January, not the 5th.
        Assert.Equal(new DateOnly(2027, 1, 4), Advise(new CaseFacts
        {
            State = "WA", Stage = Stage.EvaluationRequested, ConsentSignedOn = new(2026, 11, 1),
            SchoolBreaks = [new DateRange(new(2026, 12, 23), new(2027, 1, 1))],
        }, new DateOnly(2026, 11, 2)).Require("write-parent-concerns").DueBy);

    [Fact]
    public void Advise_NewJerseyReferral_IdentificationMeetingSkipsSchoolHolidays()
    {
        var advice = Advise(new CaseFacts
        {
            State = "NJ", Stage = Stage.EvaluationRequested, EvaluationRequestedOn = new(2026, 11, 16), RequestInWriting = true,
        }, new DateOnly(2026, 11, 17));

        // 20 calendar days would end on 6 December; Thanksgiving and the day after are not counted.
        Assert.Equal(new DateOnly(2026, 12, 8), advice.Require("learn-state-process").DueBy);
    }

    [Fact]
    public void Advise_NewJerseyReferralInJune_SummerVacationStillCounts() =>
        Assert.Equal(new DateOnly(2027, 6, 30), Advise(new CaseFacts
        {
            State = "NJ", Stage = Stage.EvaluationRequested, EvaluationRequestedOn = new(2027, 6, 10), RequestInWriting = true,
        }, new DateOnly(2027, 6, 11)).Require("learn-state-process").DueBy);
}
