using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Rules.Disputes;
using IepNavigator.Knowledge.Rules.Help;
using IepNavigator.Knowledge.Rules.Iep;
using IepNavigator.Knowledge.Rules.Section504;
using static IepNavigator.Knowledge.Tests.Rules.RuleHarness;

namespace IepNavigator.Knowledge.Tests.Rules;

/// <summary>Due process after filing (300.510, 300.515), OCR complaints, state complaints, consent revocation, state defaults.</summary>
public class DisputeClockRuleTests
{
    private static readonly CaseFacts Filed = new() { Stage = Stage.Disagreement, DueProcessFiledOn = new(2026, 11, 2) };

    [Fact]
    public void Fire_DueProcessFiled_ResolutionMeetingDueFifteenDaysLater() =>
        Assert.Equal(new DateOnly(2026, 11, 17), Assert.Single(Fire<PrepareResolutionMeetingAfterFilingRule>(Filed)).Deadline?.DueBy);

    [Fact]
    public void Fire_ResolutionMeetingDatePassed_RuleSaysWhatToDo() =>
        Assert.Equal(["prepare-resolution-meeting:meeting-late"], Yields<PrepareResolutionMeetingAfterFilingRule>(Filed, new DateOnly(2026, 11, 26)));

    [Fact]
    public void Fire_DueProcessFiled_ResolutionPeriodEndsAfterThirtyDays() =>
        Assert.Equal(new DateOnly(2026, 12, 2), Assert.Single(Fire<PrepareForHearingAfterResolutionPeriodRule>(Filed)).Deadline?.DueBy);

    [Fact]
    public void Fire_DueProcessFiled_DecisionDueFortyFiveDaysAfterThePeriod() =>
        // 30 days of resolution period, then 45 days: 75 days after the school received the complaint.
        Assert.Equal(new DateOnly(2027, 1, 16), Assert.Single(Fire<ExpectHearingDecisionAfterFilingRule>(Filed)).Deadline?.DueBy);

    [Fact]
    public void Fire_NothingFiled_DueProcessClockRulesQuiet()
    {
        var facts = new CaseFacts { Stage = Stage.Disagreement };

        Assert.Empty(Yields<PrepareResolutionMeetingAfterFilingRule>(facts));
        Assert.Empty(Yields<PrepareForHearingAfterResolutionPeriodRule>(facts));
        Assert.Empty(Yields<ExpectHearingDecisionAfterFilingRule>(facts));
    }

    [Fact]
    public void Fire_504PlanNotFollowedUndated_OcrRuleYields() =>
        Assert.Equal(["file-ocr-complaint:plan-not-followed"], Yields<FileOcrComplaintWhenPlanNotFollowedRule>(
            new CaseFacts { Stage = Stage.Plan504, ServicesDelivered = false }));

    [Fact]
    public void Fire_504DisputeDated_OcrWindowIs180Days()
    {
        var facts = new CaseFacts { Stage = Stage.Plan504, ServicesDelivered = false, DisputedActionOn = new(2026, 10, 1) };

        Assert.Equal(new DateOnly(2027, 3, 30), Assert.Single(Fire<FileOcrComplaintWithinWindowRule>(facts)).Deadline?.DueBy);
        Assert.Empty(Yields<FileOcrComplaintWhenPlanNotFollowedRule>(facts));
    }

    [Fact]
    public void Fire_OcrWindowPassed_WithinWindowRuleQuiet() =>
        Assert.Empty(Yields<FileOcrComplaintWithinWindowRule>(new CaseFacts { Stage = Stage.Plan504, DisputedActionOn = new(2026, 1, 5) }));

    [Fact]
    public void Fire_IepServicesMissingSinceADate_StateComplaintDueWithinAYear() =>
        Assert.Equal(new DateOnly(2027, 9, 1), Assert.Single(Fire<FileStateComplaintWhenServicesMissingSinceDateRule>(
            new CaseFacts { Stage = Stage.IepInPlace, ServicesDelivered = false, DisputedActionOn = new(2026, 9, 1) })).Deadline?.DueBy);

    [Fact]
    public void Fire_IepServicesMissingSinceADate_UndatedServicesRuleQuiet() =>
        Assert.Empty(Yields<FileStateComplaintWhenServicesMissingRule>(
            new CaseFacts { Stage = Stage.IepInPlace, ServicesDelivered = false, DisputedActionOn = new(2026, 9, 1) }));

    [Fact]
    public void Fire_ParentWantsToStopServices_RevokeConsentRuleYields() =>
        Assert.Equal(["revoke-consent:wants-to-stop"], Yields<RevokeConsentWhenParentWantsToStopServicesRule>(
            new CaseFacts { Stage = Stage.IepInPlace, WantsToStopServices = true }));

    [Theory]
    [InlineData(false, Stage.IepInPlace)]
    [InlineData(true, Stage.Concerned)]
    public void Fire_NoWishOrNoIep_RevokeConsentRuleQuiet(bool wants, Stage stage) =>
        Assert.Empty(Yields<RevokeConsentWhenParentWantsToStopServicesRule>(new CaseFacts { Stage = stage, WantsToStopServices = wants }));

    [Theory]
    [InlineData(null, "learn-state-process:federal-default-passed-state-unknown")]
    [InlineData("OR", "learn-state-process:federal-default-passed")]
    public void Fire_FederalDefaultPassedStateMaySetItsOwn_CheckTheStateRuleYields(string? state, string expected) =>
        Assert.Equal([expected], Yields<LearnStateProcessWhenFederalDefaultPassedRule>(new CaseFacts { State = state, ConsentSignedOn = new(2026, 8, 1) }));

    [Fact]
    public void Fire_ListedStateTimelinePassed_CheckTheStateRuleQuiet() =>
        Assert.Empty(Yields<LearnStateProcessWhenFederalDefaultPassedRule>(new CaseFacts { State = "OH", ConsentSignedOn = new(2026, 8, 1) }));

    [Fact]
    public void Fire_DisputeOrFiling_ParentCenterRuleNamesFreeLegalHelp()
    {
        Assert.Equal(["contact-parent-center:dispute"], Yields<ContactParentCenterInDisputeRule>(new CaseFacts { Stage = Stage.Disagreement }));
        Assert.Empty(Yields<ContactParentCenterInDisputeRule>(new CaseFacts { Stage = Stage.IepInPlace }));
    }
}
