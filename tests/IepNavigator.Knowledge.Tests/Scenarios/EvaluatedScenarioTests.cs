using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using static IepNavigator.Knowledge.Tests.AdvisorFixture;

namespace IepNavigator.Knowledge.Tests.Scenarios;

/// <summary>Evaluation complete and not eligible.</summary>
public class EvaluatedScenarioTests
{
    [Fact]
    public void Advise_EvaluatedNoReport_ReportRequestIsUrgent()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.EvaluationComplete, EvaluationCompletedOn = new(2026, 11, 16), HasEvaluationReport = false });

        Assert.Equal("request-evaluation-report", advice.Steps[0].Id);
        Assert.Equal("evaluation-report-request", advice.Steps[0].Letter);
    }

    [Fact]
    public void Advise_EvaluatedReportUnknown_AsksForTheReportFirst() =>
        Assert.Equal("hasEvaluationReport", Advise(new CaseFacts { Stage = Stage.EvaluationComplete }).MissingFacts[0]);

    [Fact]
    public void Advise_FoundEligibleNoIepYet_FirstMeetingDueIn30Days()
    {
        var step = Advise(new CaseFacts
        {
            Stage = Stage.EvaluationComplete, EligibilityDecidedOn = new(2026, 11, 20), HasEvaluationReport = true,
        }).Require("write-parent-concerns");

        Assert.Equal(new DateOnly(2026, 12, 20), step.DueBy);
        Assert.Contains("34 CFR 300.323(c)(1)", step.DeadlineRule, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_FoundEligibleTwoMonthsAgoNoIep_InitialMeetingOverdue()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.EvaluationComplete, EligibilityDecidedOn = new(2026, 9, 1), HasEvaluationReport = true });

        Assert.Equal(new DateOnly(2026, 10, 1), advice.Require("escalate-overdue-timeline").DueBy);
        Assert.Contains("the first IEP meeting", advice.Warnings[0].Message, StringComparison.Ordinal);
        Assert.True(advice.Has("book-advocate"));
    }

    [Fact]
    public void Advise_MichiganEligibleNoIep_StateTimelineRunsFromConsent()
    {
        var advice = Advise(new CaseFacts
        {
            State = "MI", Stage = Stage.EvaluationComplete, ConsentSignedOn = new(2026, 10, 1),
            EligibilityDecidedOn = new(2026, 11, 10), HasEvaluationReport = true,
        });

        Assert.Equal(new DateOnly(2026, 11, 16), advice.Require("escalate-overdue-timeline").DueBy);
        Assert.Contains("state MI", advice.Warnings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_DisagreesWithEvaluation_IeeRequestAndAskWhen()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.EvaluationComplete, DisagreesWithEvaluation = true, HasEvaluationReport = true });

        Assert.Equal("iee-request", advice.Require("request-iee").Letter);
        Assert.Contains("ieeRequestedOn", advice.MissingFacts);
    }

    [Fact]
    public void Advise_IeeUnansweredForAMonth_FollowUpNow()
    {
        var advice = Advise(new CaseFacts
        {
            Stage = Stage.EvaluationComplete, DisagreesWithEvaluation = true, IeeRequestedOn = new(2026, 10, 26),
        });

        var step = advice.Require("follow-up-iee");
        Assert.Equal(Urgency.Now, step.Urgency);
        Assert.Contains("31 days ago", step.Why, StringComparison.Ordinal);
        Assert.False(advice.Has("request-iee"));
    }

    [Fact]
    public void Advise_NotEligibleAndDisagrees_Section504IeeAndDueProcessWindow()
    {
        var advice = Advise(new CaseFacts
        {
            Stage = Stage.NotEligible, EligibilityDecidedOn = new(2026, 10, 15), DisagreesWithEvaluation = true,
            PriorWrittenNoticeReceived = true,
        });

        Assert.True(advice.Has("consider-section-504"));
        Assert.True(advice.Has("request-iee"));
        Assert.Equal(new DateOnly(2028, 10, 15), advice.Require("consider-due-process").DueBy);
        Assert.True(advice.Has("book-advocate"));
    }

    [Fact]
    public void Advise_NotEligibleAndAgrees_Section504WithoutDueProcess()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.NotEligible, DisagreesWithEvaluation = false, PriorWrittenNoticeReceived = true });

        Assert.True(advice.Has("consider-section-504"));
        Assert.False(advice.Has("consider-due-process"));
        Assert.False(advice.Has("request-iee"));
    }

    [Fact]
    public void Advise_NotEligibleWithoutWrittenNotice_AsksForPriorWrittenNotice()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.NotEligible, PriorWrittenNoticeReceived = false });

        Assert.Contains("not eligible", advice.Require("request-prior-written-notice").Why, StringComparison.Ordinal);
        Assert.Equal("disagreesWithEvaluation", advice.MissingFacts[0]);
    }

    [Theory]
    [InlineData(Stage.Plan504)]
    [InlineData(Stage.NotEligible)]
    [InlineData(Stage.Disagreement)]
    public void Advise_EligibilityDatedButStageSaysNoFirstIep_NoFirstIepDeadline(Stage stage)
    {
        var advice = Advise(new CaseFacts { Stage = stage, EligibilityDecidedOn = new(2026, 8, 1) });

        Assert.DoesNotContain(advice.Warnings, w => w.Message.Contains("first IEP meeting", StringComparison.Ordinal));
        Assert.False(advice.Has("escalate-overdue-timeline"));
    }

    [Fact]
    public void Advise_TexasRequestNotKnownToBeWritten_NoResponseClockAndAsksIfWritten()
    {
        var advice = Advise(new CaseFacts { State = "TX", Stage = Stage.EvaluationRequested, EvaluationRequestedOn = new(2026, 10, 1) });

        Assert.False(advice.Has("escalate-overdue-timeline"));
        Assert.Contains("requestInWriting", advice.MissingFacts);
    }
}
