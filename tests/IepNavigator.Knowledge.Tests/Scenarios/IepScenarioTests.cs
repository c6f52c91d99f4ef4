using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using static IepNavigator.Knowledge.Tests.AdvisorFixture;

namespace IepNavigator.Knowledge.Tests.Scenarios;

/// <summary>IEP in place and 504 plan.</summary>
public class IepScenarioTests
{
    [Fact]
    public void Advise_IepNotProgressingGoalsVague_OneMeetingStepWithEveryReason()
    {
        var advice = Advise(new CaseFacts
        {
            Stage = Stage.IepInPlace, MakingProgress = false, GoalsMeasurable = false, ServicesDelivered = false,
            LastEvaluationOn = new(2025, 3, 1),
        });

        var meeting = Assert.Single(advice.Steps, s => s.Id == "request-iep-meeting");
        Assert.Contains("not making progress", meeting.Why, StringComparison.Ordinal);
        Assert.Contains("cannot be measured", meeting.Why, StringComparison.Ordinal);
        Assert.Contains("not being delivered", meeting.Why, StringComparison.Ordinal);
        Assert.True(advice.Has("request-reevaluation"));
    }

    [Fact]
    public void Advise_IepServicesNotDelivered_ServicesStepFirstAndComplaintOption()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.IepInPlace, ServicesDelivered = false, MakingProgress = true });

        Assert.Equal("request-services-delivered", advice.Steps[0].Id);
        Assert.True(advice.Has("file-state-complaint"));
    }

    [Fact]
    public void Advise_AnnualReviewOverdue_WarningEscalationAndMeetingRequest()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.IepInPlace, LastIepReviewOn = new(2025, 10, 15) });

        Assert.Equal("deadline-passed", advice.Warnings[0].Code);
        Assert.Equal(Urgency.Now, advice.Require("request-iep-meeting").Urgency);
        Assert.Equal(new DateOnly(2026, 10, 15), advice.Require("escalate-overdue-timeline").DueBy);
    }

    [Fact]
    public void Advise_AnnualReviewFromLeapDay_FallsDueOn28February()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.IepInPlace, LastIepReviewOn = new(2028, 2, 29) }, new DateOnly(2029, 1, 15));

        Assert.Equal(new DateOnly(2029, 2, 28), advice.Require("request-iep-meeting").DueBy);
    }

    [Fact]
    public void Advise_ReevaluationDueFromLeapDayEvaluation_SoonWithDate()
    {
        var step = Advise(new CaseFacts { Stage = Stage.IepInPlace, LastEvaluationOn = new(2024, 2, 29) }, new DateOnly(2026, 12, 15))
            .Require("request-reevaluation");

        Assert.Equal(new DateOnly(2027, 2, 28), step.DueBy);
        Assert.Equal(Urgency.Soon, step.Urgency);
    }

    [Fact]
    public void Advise_FifteenYearOldWithIep_TransitionPlanning() =>
        Assert.Contains("15", Advise(new CaseFacts { Stage = Stage.IepInPlace, ChildAge = 15 }).Require("plan-transition").Why,
            StringComparison.Ordinal);

    [Fact]
    public void Advise_RegressionOverBreaks_AskForEsy() =>
        Assert.Equal("esy-request", Advise(new CaseFacts { Stage = Stage.IepInPlace, RegressionOverBreaks = true }).Require("request-esy").Letter);

    [Fact]
    public void Advise_MeetingInFiveDays_RecordsAndConcernsStatementNow()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.IepInPlace, IepMeetingOn = new(2026, 12, 1), MakingProgress = true });

        Assert.Equal(Urgency.Now, advice.Require("request-records").Urgency);
        Assert.Equal(Urgency.Now, advice.Require("write-parent-concerns").Urgency);
        Assert.Contains("December 1, 2026", advice.Require("write-parent-concerns").Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_RecordsRequestedMeetingSooner_RecordsDueBeforeTheMeeting()
    {
        var step = Advise(new CaseFacts
        {
            Stage = Stage.IepInPlace, RecordsRequestedOn = new(2026, 11, 16), IepMeetingOn = new(2026, 12, 3),
        }).Require("request-records");

        Assert.Equal(new DateOnly(2026, 12, 2), step.DueBy);
        Assert.Contains("before the IEP meeting", step.DeadlineRule, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_RecordsRequested50DaysAgo_RecordsOverdue()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.IepInPlace, RecordsRequestedOn = new(2026, 10, 7) });

        Assert.Equal(new DateOnly(2026, 11, 21), advice.Require("escalate-overdue-timeline").DueBy);
    }

    [Fact]
    public void Advise_504NotProgressing_EvaluationRequestUnderIdea()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.Plan504, MakingProgress = false });

        Assert.Contains("504 plan", advice.Require("request-evaluation").Why, StringComparison.Ordinal);
        Assert.False(advice.Has("review-iep-paperwork"));
    }

    [Fact]
    public void Advise_504ServicesMissing_ServicesStepNow()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.Plan504, ServicesDelivered = false, MakingProgress = true });

        Assert.Equal("request-services-delivered", advice.Steps[0].Id);
        Assert.False(advice.Has("request-iep-meeting"));
    }
}
