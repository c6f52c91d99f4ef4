using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using static IepNavigator.Knowledge.Tests.AdvisorFixture;

namespace IepNavigator.Knowledge.Tests.Scenarios;

/// <summary>State evaluation timelines, including school-day states (WA, TX, MA, MI, IL).</summary>
public class StateTimelineScenarioTests
{
    private static NextStep EvaluationStep(string state, DateOnly consent, DateOnly today) =>
        Advise(new CaseFacts { State = state, Stage = Stage.EvaluationRequested, ConsentSignedOn = consent }, today)
            .Require("write-parent-concerns");

    [Fact]
    public void Advise_WashingtonConsent_Due35SchoolDaysLater()
    {
        var step = EvaluationStep("WA", new(2026, 10, 1), new(2026, 11, 10));

        Assert.Equal(new DateOnly(2026, 11, 23), step.DueBy);
        Assert.StartsWith("state WA: 35 school days from your consent", step.DeadlineRule, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_WashingtonConsentBeforeSummer_ClockPausesOverSummer() =>
        Assert.Equal(new DateOnly(2026, 9, 2), EvaluationStep("WA", new(2026, 5, 1), new(2026, 6, 10)).DueBy);

    [Fact]
    public void Advise_WashingtonEvaluationLate_WarnsAndEscalatesFirst()
    {
        var advice = Advise(new CaseFacts { State = "WA", Stage = Stage.EvaluationRequested, ConsentSignedOn = new(2026, 10, 1) });

        var warning = Assert.Single(advice.Warnings, w => w.Code == "deadline-passed");
        Assert.Contains("November 23, 2026", warning.Message, StringComparison.Ordinal);
        Assert.Equal("escalate-overdue-timeline", advice.Steps[0].Id);
        Assert.Equal(new DateOnly(2026, 11, 23), advice.Steps[0].DueBy);
        Assert.False(advice.Has("write-parent-concerns"));
    }

    [Fact]
    public void Advise_TexasConsent_Due45SchoolDaysOverThanksgiving() =>
        Assert.Equal(new DateOnly(2026, 12, 9), EvaluationStep("TX", new(2026, 10, 1), new(2026, 11, 26)).DueBy);

    [Fact]
    public void Advise_MassachusettsConsent_Due45SchoolWorkingDays()
    {
        var step = EvaluationStep("MA", new(2026, 10, 1), new(2026, 11, 26));

        Assert.Equal(new DateOnly(2026, 12, 9), step.DueBy);
        Assert.Contains("603 CMR 28.05", step.DeadlineRule, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_MichiganConsent_Due30SchoolDays() =>
        Assert.Equal(new DateOnly(2026, 11, 16), EvaluationStep("MI", new(2026, 10, 1), new(2026, 11, 10)).DueBy);

    [Fact]
    public void Advise_IllinoisConsent_SixtySchoolDaysSkipWinterBreak() =>
        Assert.Equal(new DateOnly(2027, 1, 12), EvaluationStep("IL", new(2026, 10, 1), new(2026, 11, 26)).DueBy);

    [Fact]
    public void Advise_CaliforniaConsentBeforeWinterBreak_BreakNotCounted() =>
        Assert.Equal(new DateOnly(2027, 2, 25), EvaluationStep("CA", new(2026, 12, 15), new(2026, 12, 16)).DueBy);

    [Fact]
    public void Advise_PennsylvaniaConsentInNovember_WinterBreakStillCounts() =>
        Assert.Equal(new DateOnly(2027, 1, 1), EvaluationStep("PA", new(2026, 11, 2), new(2026, 11, 26)).DueBy);

    [Fact]
    public void Advise_FloridaConsent_SchoolHolidaysAndWinterBreakNotCounted() =>
        Assert.Equal(new DateOnly(2027, 1, 16), EvaluationStep("FL", new(2026, 11, 2), new(2026, 11, 26)).DueBy);

    [Fact]
    public void Advise_NorthCarolinaWrittenReferral_ClockStartsAtReferral()
    {
        var advice = Advise(new CaseFacts
        {
            State = "NC", Stage = Stage.EvaluationRequested, EvaluationRequestedOn = new(2026, 11, 2), RequestInWriting = true,
        });

        var step = advice.Require("write-parent-concerns");
        Assert.Equal(new DateOnly(2027, 1, 31), step.DueBy);
        Assert.Contains("written referral", step.DeadlineRule, StringComparison.Ordinal);
        Assert.Contains(advice.Warnings, w => w.Code == "secondary-source");
    }

    [Fact]
    public void Advise_NorthCarolinaVerbalReferral_NoClockUntilWritten()
    {
        var advice = Advise(new CaseFacts
        {
            State = "NC", Stage = Stage.EvaluationRequested, EvaluationRequestedOn = new(2026, 11, 2), RequestInWriting = false,
        });

        Assert.False(advice.Has("write-parent-concerns"));
        Assert.Equal("put-request-in-writing", advice.Steps[0].Id);
    }

    [Fact]
    public void Advise_VirginiaReferral_65BusinessDaysFromReceiptOfTheReferral()
    {
        var advice = Advise(new CaseFacts
        {
            State = "VA", Stage = Stage.EvaluationRequested, EvaluationRequestedOn = new(2026, 9, 14), RequestInWriting = true,
        });

        var step = advice.Require("write-parent-concerns");
        Assert.Equal(new DateOnly(2026, 12, 17), step.DueBy);
        Assert.Contains("8VAC20-81-60", step.DeadlineRule, StringComparison.Ordinal);
        // Checked against the official code page now (confidence P): no secondary-source warning.
        Assert.DoesNotContain(advice.Warnings, w => w.Code == "secondary-source");
    }

    [Fact]
    public void Advise_VirginiaSpokenReferral_ClockStillStarts() =>
        // 8VAC20-81-60 A 2: a referral may be oral or written.
        Assert.Equal(new DateOnly(2026, 12, 17), Advise(new CaseFacts
        {
            State = "VA", Stage = Stage.EvaluationRequested, EvaluationRequestedOn = new(2026, 9, 14), RequestInWriting = false,
        }).Require("write-parent-concerns").DueBy);

    [Fact]
    public void Advise_TexasWrittenRequestAwaitingAnswer_Response15SchoolDays()
    {
        var advice = Advise(new CaseFacts
        {
            State = "TX", Stage = Stage.EvaluationRequested, EvaluationRequestedOn = new(2026, 11, 18), RequestInWriting = true,
        });

        var step = advice.Require("learn-state-process");
        Assert.Equal(new DateOnly(2026, 12, 11), step.DueBy);
        Assert.Contains("Tex. Educ. Code 29.004", step.DeadlineRule, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_ArizonaRequestUnanswered_ResponseOverdueEscalates()
    {
        var advice = Advise(new CaseFacts
        {
            State = "AZ", Stage = Stage.EvaluationRequested, EvaluationRequestedOn = new(2026, 10, 1), RequestInWriting = true,
        });

        Assert.Equal(new DateOnly(2026, 10, 23), advice.Require("escalate-overdue-timeline").DueBy);
        Assert.Contains("answer to your evaluation request", Assert.Single(advice.Warnings, w => w.Code == "deadline-passed").Message,
            StringComparison.Ordinal);
        Assert.True(advice.Has("file-state-complaint"));
    }

    [Fact]
    public void Advise_CaliforniaRecordsRequest_FiveBusinessDays() =>
        Assert.Equal(new DateOnly(2026, 11, 30), Advise(new CaseFacts { State = "CA", RecordsRequestedOn = new(2026, 11, 20) })
            .Require("request-records").DueBy);
}
