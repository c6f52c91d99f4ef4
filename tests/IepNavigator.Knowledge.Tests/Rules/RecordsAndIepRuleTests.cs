using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Rules.Iep;
using IepNavigator.Knowledge.Rules.Records;
using static IepNavigator.Knowledge.Tests.Rules.RuleHarness;

namespace IepNavigator.Knowledge.Tests.Rules;

public class RecordsAndIepRuleTests
{
    [Fact]
    public void Fire_MeetingInFiveDaysNoRecords_RecordsRuleYieldsNow()
    {
        var fired = Assert.Single(Fire<RequestRecordsBeforeMeetingRule>(new CaseFacts { IepMeetingOn = Today.AddDays(5) }));

        Assert.Equal("before-meeting", fired.ReasonKey);
        Assert.Equal(Urgency.Now, fired.Urgency);
    }

    [Fact]
    public void Fire_MeetingInAMonthNoRecords_RecordsRuleYieldsSoon() =>
        Assert.Equal(Urgency.Soon, Assert.Single(Fire<RequestRecordsBeforeMeetingRule>(
            new CaseFacts { IepMeetingOn = Today.AddDays(30) })).Urgency);

    [Fact]
    public void Fire_MeetingAheadRecordsInHand_RecordsRuleQuiet() =>
        Assert.Empty(Yields<RequestRecordsBeforeMeetingRule>(new CaseFacts { IepMeetingOn = Today.AddDays(5), HasRecords = true }));

    [Fact]
    public void Fire_MeetingWasLastWeek_RecordsRuleQuiet() =>
        Assert.Empty(Yields<RequestRecordsBeforeMeetingRule>(new CaseFacts { IepMeetingOn = Today.AddDays(-7) }));

    [Fact]
    public void Fire_DisagreementNoRecords_DisputeRecordsRuleYields() =>
        Assert.Equal(["request-records:before-dispute"], Yields<RequestRecordsBeforeDisputeRule>(new CaseFacts { Stage = Stage.Disagreement }));

    [Fact]
    public void Fire_DisagreementRecordsRequested_DisputeRecordsRuleQuiet() =>
        Assert.Empty(Yields<RequestRecordsBeforeDisputeRule>(
            new CaseFacts { Stage = Stage.Disagreement, RecordsRequestedOn = Today.AddDays(-3) }));

    [Fact]
    public void Fire_NoRecords_MissingRecordsRuleYields() =>
        Assert.Equal(["request-records:missing"], Yields<RequestRecordsWhenMissingRule>(new CaseFacts { HasRecords = false }));

    [Fact]
    public void Fire_RecordsUnknown_MissingRecordsRuleQuiet() =>
        Assert.Empty(Yields<RequestRecordsWhenMissingRule>(new CaseFacts()));

    [Fact]
    public void Fire_RecordsRequestedTenDaysAgo_PendingRuleCarries45DayDeadline() =>
        Assert.Equal(Today.AddDays(35), Assert.Single(Fire<FollowRecordsRequestUntilDueRule>(
            new CaseFacts { RecordsRequestedOn = Today.AddDays(-10) })).Deadline?.DueBy);

    [Fact]
    public void Fire_RecordsReceived_PendingRuleQuiet() =>
        Assert.Empty(Yields<FollowRecordsRequestUntilDueRule>(new CaseFacts { RecordsRequestedOn = Today.AddDays(-10), HasRecords = true }));

    [Fact]
    public void Fire_IepInPlace_ReviewPaperworkRuleYields() =>
        Assert.Equal(["review-iep-paperwork:iep-in-place"], Yields<ReviewIepPaperworkWhenIepInPlaceRule>(new CaseFacts { Stage = Stage.IepInPlace }));

    [Fact]
    public void Fire_NoIep_ReviewPaperworkRuleQuiet() =>
        Assert.Empty(Yields<ReviewIepPaperworkWhenIepInPlaceRule>(new CaseFacts { Stage = Stage.Plan504 }));

    [Fact]
    public void Fire_NotProgressing_IepMeetingRuleYields() =>
        Assert.Equal(["request-iep-meeting:not-progressing"], Yields<RequestIepMeetingWhenNotProgressingRule>(
            new CaseFacts { Stage = Stage.IepInPlace, MakingProgress = false }));

    [Fact]
    public void Fire_Progressing_IepMeetingRuleQuiet() =>
        Assert.Empty(Yields<RequestIepMeetingWhenNotProgressingRule>(new CaseFacts { Stage = Stage.IepInPlace, MakingProgress = true }));

    [Fact]
    public void Fire_GoalsNotMeasurable_IepMeetingRuleYields() =>
        Assert.Equal(["request-iep-meeting:goals-not-measurable"], Yields<RequestIepMeetingWhenGoalsNotMeasurableRule>(
            new CaseFacts { Stage = Stage.IepInPlace, GoalsMeasurable = false }));

    [Fact]
    public void Fire_GoalsMeasurable_GoalsRuleQuiet() =>
        Assert.Empty(Yields<RequestIepMeetingWhenGoalsNotMeasurableRule>(new CaseFacts { Stage = Stage.IepInPlace, GoalsMeasurable = true }));

    [Fact]
    public void Fire_ServicesMissingWithIep_IepMeetingRuleYields() =>
        Assert.Equal(["request-iep-meeting:services-missing"], Yields<RequestIepMeetingWhenServicesMissingRule>(
            new CaseFacts { Stage = Stage.IepInPlace, ServicesDelivered = false }));

    [Fact]
    public void Fire_ServicesMissingOn504_IepMeetingRuleQuiet() =>
        Assert.Empty(Yields<RequestIepMeetingWhenServicesMissingRule>(new CaseFacts { Stage = Stage.Plan504, ServicesDelivered = false }));

    [Fact]
    public void Fire_NewBehaviorConcernsNoPlan_IepMeetingRuleYields() =>
        Assert.Equal(["request-iep-meeting:new-behavior-concerns"], Yields<RequestIepMeetingWhenBehaviorConcernsRule>(
            new CaseFacts { Stage = Stage.IepInPlace, BehaviorConcerns = true }));

    [Fact]
    public void Fire_BehaviorConcernsWithPlan_IepMeetingRuleQuiet() =>
        Assert.Empty(Yields<RequestIepMeetingWhenBehaviorConcernsRule>(
            new CaseFacts { Stage = Stage.IepInPlace, BehaviorConcerns = true, HasBehaviorPlan = true }));

    [Fact]
    public void Fire_AnnualReviewInAMonth_MeetingRuleYieldsWithDeadline() =>
        Assert.Equal(new DateOnly(2026, 12, 20), Assert.Single(Fire<RequestIepMeetingWhenAnnualReviewDueRule>(
            new CaseFacts { Stage = Stage.IepInPlace, LastIepReviewOn = new(2025, 12, 20) })).Deadline?.DueBy);

    [Fact]
    public void Fire_AnnualReviewAlreadyScheduled_MeetingRuleQuiet() =>
        Assert.Empty(Yields<RequestIepMeetingWhenAnnualReviewDueRule>(
            new CaseFacts { Stage = Stage.IepInPlace, LastIepReviewOn = new(2025, 12, 20), IepMeetingOn = new(2026, 12, 10) }));

    [Fact]
    public void Fire_AnnualReviewMonthsAway_MeetingRuleQuiet() =>
        Assert.Empty(Yields<RequestIepMeetingWhenAnnualReviewDueRule>(
            new CaseFacts { Stage = Stage.IepInPlace, LastIepReviewOn = new(2026, 5, 1) }));

    [Fact]
    public void Fire_MeetingNextWeek_ConcernsStatementRuleYields() =>
        Assert.Equal(["write-parent-concerns:meeting-coming"], Yields<WriteParentConcernsBeforeMeetingRule>(
            new CaseFacts { IepMeetingOn = Today.AddDays(10) }));

    [Fact]
    public void Fire_MeetingInThePast_ConcernsStatementRuleQuiet() =>
        Assert.Empty(Yields<WriteParentConcernsBeforeMeetingRule>(new CaseFacts { IepMeetingOn = Today.AddDays(-1) }));

    [Fact]
    public void Fire_NotProgressingMeetingInTwoWeeks_ConcernsRuleYieldsRequestRuleQuiet()
    {
        var facts = new CaseFacts { Stage = Stage.IepInPlace, MakingProgress = false, IepMeetingOn = Today.AddDays(14) };

        Assert.Equal(["write-parent-concerns:not-progressing-at-meeting"], Yields<WriteParentConcernsWhenNotProgressingAndMeetingSetRule>(facts));
        Assert.Empty(Yields<RequestIepMeetingWhenNotProgressingRule>(facts));
    }

    [Fact]
    public void Fire_GoalsNotMeasurableMeetingMonthsAway_ConcernsRuleQuietRequestRuleYields()
    {
        var facts = new CaseFacts { Stage = Stage.IepInPlace, GoalsMeasurable = false, IepMeetingOn = Today.AddDays(240) };

        Assert.Empty(Yields<WriteParentConcernsWhenGoalsNotMeasurableAndMeetingSetRule>(facts));
        Assert.Equal(["request-iep-meeting:goals-not-measurable"], Yields<RequestIepMeetingWhenGoalsNotMeasurableRule>(facts));
    }

    [Fact]
    public void Fire_ServicesMissingMeetingYesterday_ConcernsRuleQuietRequestRuleYields()
    {
        var facts = new CaseFacts { Stage = Stage.IepInPlace, ServicesDelivered = false, IepMeetingOn = Today.AddDays(-1) };

        Assert.Empty(Yields<WriteParentConcernsWhenServicesMissingAndMeetingSetRule>(facts));
        Assert.Equal(["request-iep-meeting:services-missing"], Yields<RequestIepMeetingWhenServicesMissingRule>(facts));
    }

    [Fact]
    public void Fire_BehaviorConcernsMeetingToday_ConcernsRuleYieldsRequestRuleQuiet()
    {
        var facts = new CaseFacts { Stage = Stage.IepInPlace, BehaviorConcerns = true, IepMeetingOn = Today };

        Assert.Equal(["write-parent-concerns:behavior-concerns-at-meeting"], Yields<WriteParentConcernsWhenBehaviorConcernsAndMeetingSetRule>(facts));
        Assert.Empty(Yields<RequestIepMeetingWhenBehaviorConcernsRule>(facts));
    }

    [Fact]
    public void Fire_BehaviorConcernsWithPlanMeetingSoon_ConcernsRuleQuiet() =>
        Assert.Empty(Yields<WriteParentConcernsWhenBehaviorConcernsAndMeetingSetRule>(
            new CaseFacts { Stage = Stage.IepInPlace, BehaviorConcerns = true, HasBehaviorPlan = true, IepMeetingOn = Today.AddDays(14) }));

    [Fact]
    public void Fire_AnnualReviewInAMonthMeetingBeforeIt_ReviewAtThatMeeting() =>
        Assert.Equal(["write-parent-concerns:annual-review-at-meeting"], Yields<WriteParentConcernsWhenAnnualReviewDueAndMeetingSetRule>(
            new CaseFacts { Stage = Stage.IepInPlace, LastIepReviewOn = new(2025, 12, 20), IepMeetingOn = new(2026, 12, 10) }));

    [Fact]
    public void Fire_AnnualReviewInAMonthNoMeeting_ReviewAtMeetingRuleQuiet() =>
        Assert.Empty(Yields<WriteParentConcernsWhenAnnualReviewDueAndMeetingSetRule>(
            new CaseFacts { Stage = Stage.IepInPlace, LastIepReviewOn = new(2025, 12, 20) }));

    [Fact]
    public void Fire_AnnualReviewInAMonthMeetingMonthsAfterIt_RequestRuleYields() =>
        Assert.Equal(["request-iep-meeting:annual-review-due"], Yields<RequestIepMeetingWhenAnnualReviewDueRule>(
            new CaseFacts { Stage = Stage.IepInPlace, LastIepReviewOn = new(2025, 12, 20), IepMeetingOn = new(2027, 4, 1) }));

    [Fact]
    public void Fire_EligibleNoIepYet_InitialIepRuleCarries30DayDeadline() =>
        Assert.Equal(new DateOnly(2026, 12, 20), Assert.Single(Fire<WriteParentConcernsForInitialIepRule>(
            new CaseFacts { Stage = Stage.EvaluationComplete, EligibilityDecidedOn = new(2026, 11, 20) })).Deadline?.DueBy);

    [Fact]
    public void Fire_FoundNotEligible_InitialIepRuleQuiet() =>
        Assert.Empty(Yields<WriteParentConcernsForInitialIepRule>(
            new CaseFacts { Stage = Stage.NotEligible, EligibilityDecidedOn = new(2026, 11, 20) }));
}
