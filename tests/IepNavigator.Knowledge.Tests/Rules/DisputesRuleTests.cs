using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Rules.Disputes;
using static IepNavigator.Knowledge.Tests.Rules.RuleHarness;

namespace IepNavigator.Knowledge.Tests.Rules;

public class DisputesRuleTests
{
    [Fact]
    public void Fire_EvaluationOverdue_EscalateRuleYieldsPerPassedDeadline() =>
        Assert.Equal(["escalate-overdue-timeline:deadline-passed", "escalate-overdue-timeline:deadline-passed"],
            Yields<EscalateOverdueTimelineWhenDeadlinePassedRule>(new CaseFacts
            {
                State = "OH", ConsentSignedOn = new(2026, 8, 1), RecordsRequestedOn = new(2026, 9, 1),
            }));

    [Theory]
    [InlineData(null)]
    [InlineData("OR")]
    public void Fire_FederalDefaultPassedWhereStateMaySetItsOwn_EscalateRuleQuiet(string? state) =>
        // Item 5: the federal 60 days apply unless the state sets its own; never "deadline passed" from the default alone.
        Assert.Empty(Yields<EscalateOverdueTimelineWhenDeadlinePassedRule>(new CaseFacts { State = state, ConsentSignedOn = new(2026, 8, 1) }));

    [Fact]
    public void Fire_EvaluationOnTime_EscalateRuleQuiet() =>
        Assert.Empty(Yields<EscalateOverdueTimelineWhenDeadlinePassedRule>(new CaseFacts { ConsentSignedOn = new(2026, 11, 1) }));

    [Fact]
    public void Fire_OnlyParentWindowPassed_EscalateRuleQuiet() =>
        Assert.Empty(Yields<EscalateOverdueTimelineWhenDeadlinePassedRule>(
            new CaseFacts { Stage = Stage.Disagreement, EligibilityDecidedOn = new(2024, 1, 5), LastIepReviewOn = new(2026, 2, 1) }));

    [Fact]
    public void Fire_RefusedWithoutNotice_PwnRuleYields() =>
        Assert.Equal(["request-prior-written-notice:refused-without-notice"], Yields<RequestPriorWrittenNoticeWhenRefusedRule>(
            new CaseFacts { SchoolRefusedEvaluation = true }));

    [Fact]
    public void Fire_RefusedWithNotice_PwnRuleQuiet() =>
        Assert.Empty(Yields<RequestPriorWrittenNoticeWhenRefusedRule>(new CaseFacts { SchoolRefusedEvaluation = true, PriorWrittenNoticeReceived = true }));

    [Fact]
    public void Fire_NotEligibleWithoutNotice_PwnRuleYields() =>
        Assert.Equal(["request-prior-written-notice:not-eligible-without-notice"], Yields<RequestPriorWrittenNoticeWhenFoundNotEligibleRule>(
            new CaseFacts { Stage = Stage.NotEligible, PriorWrittenNoticeReceived = false }));

    [Fact]
    public void Fire_NotEligibleNoticeUnknown_PwnRuleQuiet() =>
        Assert.Empty(Yields<RequestPriorWrittenNoticeWhenFoundNotEligibleRule>(new CaseFacts { Stage = Stage.NotEligible }));

    [Fact]
    public void Fire_DisagreementWithoutNotice_PwnRuleYields() =>
        Assert.Equal(["request-prior-written-notice:disagreement-without-notice"], Yields<RequestPriorWrittenNoticeInDisagreementRule>(
            new CaseFacts { Stage = Stage.Disagreement, PriorWrittenNoticeReceived = false }));

    [Fact]
    public void Fire_DisagreementWithNotice_PwnRuleQuiet() =>
        Assert.Empty(Yields<RequestPriorWrittenNoticeInDisagreementRule>(new CaseFacts { Stage = Stage.Disagreement, PriorWrittenNoticeReceived = true }));

    [Fact]
    public void Fire_DisagreementTriedWithTeam_MediationRuleYields() =>
        Assert.Equal(["request-facilitated-meeting-or-mediation:tried-team"], Yields<RequestMediationWhenTeamTriedRule>(
            new CaseFacts { Stage = Stage.Disagreement, TriedResolvingWithTeam = true }));

    [Fact]
    public void Fire_DisagreementNotYetRaised_MediationRuleQuiet() =>
        Assert.Empty(Yields<RequestMediationWhenTeamTriedRule>(new CaseFacts { Stage = Stage.Disagreement, TriedResolvingWithTeam = false }));

    [Fact]
    public void Fire_MissedTimelineThisYear_StateComplaintRuleCarriesOneYearWindow() =>
        Assert.Equal(new DateOnly(2027, 10, 1), Assert.Single(Fire<FileStateComplaintWhenDeadlineMissedRule>(
            new CaseFacts { State = "OH", ConsentSignedOn = new(2026, 8, 1) })).Deadline?.DueBy);

    [Fact]
    public void Fire_MissedTimelineOverAYearAgo_StateComplaintRuleQuiet() =>
        Assert.Empty(Yields<FileStateComplaintWhenDeadlineMissedRule>(new CaseFacts { State = "OH", ConsentSignedOn = new(2025, 6, 1) }));

    [Fact]
    public void Fire_IepServicesMissing_StateComplaintRuleYields() =>
        Assert.Equal(["file-state-complaint:services-not-delivered"], Yields<FileStateComplaintWhenServicesMissingRule>(
            new CaseFacts { Stage = Stage.IepInPlace, ServicesDelivered = false }));

    [Fact]
    public void Fire_IepServicesDelivered_StateComplaintRuleQuiet() =>
        Assert.Empty(Yields<FileStateComplaintWhenServicesMissingRule>(new CaseFacts { Stage = Stage.IepInPlace, ServicesDelivered = true }));

    [Fact]
    public void Fire_DisagreementWithDatedDisputedAction_DueProcessRuleCarriesTwoYearWindow() =>
        Assert.Equal(new DateOnly(2028, 9, 15), Assert.Single(Fire<ConsiderDueProcessWithinWindowRule>(
            new CaseFacts { Stage = Stage.Disagreement, DisputedActionOn = new(2026, 9, 15) })).Deadline?.DueBy);

    [Fact]
    public void Fire_DisagreementOnlyEligibilityDated_DueProcessWindowNotCountedFromIt()
    {
        // Item 1: the clock counts from the action disputed, not from an eligibility or evaluation date in the case.
        var facts = new CaseFacts { Stage = Stage.Disagreement, EligibilityDecidedOn = new(2026, 9, 15), EvaluationCompletedOn = new(2026, 9, 1) };

        Assert.Empty(Yields<ConsiderDueProcessWithinWindowRule>(facts));
        Assert.Equal(["consider-due-process:disagreement-undated"], Yields<ConsiderDueProcessWhenDecisionUndatedRule>(facts));
    }

    [Fact]
    public void Fire_NorthCarolinaDisputedAction_DueProcessWindowIsOneYear()
    {
        // N.C. Gen. Stat. 115C-109.6(b): one year, not the federal two.
        var fired = Assert.Single(Fire<ConsiderDueProcessWithinWindowRule>(
            new CaseFacts { State = "NC", Stage = Stage.Disagreement, DisputedActionOn = new(2026, 9, 15) }));

        Assert.Equal(new DateOnly(2027, 9, 15), fired.Deadline?.DueBy);
        Assert.Contains("115C-109.6(b)", fired.Deadline?.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_DisputedActionOverTwoYearsOld_WithinWindowRuleQuietPassedRuleSaysSo()
    {
        var facts = new CaseFacts { Stage = Stage.Disagreement, DisputedActionOn = new(2024, 9, 15) };

        Assert.Empty(Yields<ConsiderDueProcessWithinWindowRule>(facts));
        Assert.Equal(["consider-due-process:window-passed"], Yields<ConsiderDueProcessWhenWindowPassedRule>(facts));
    }

    [Fact]
    public void Fire_DisagreementUndated_UndatedDueProcessRuleYields() =>
        Assert.Equal(["consider-due-process:disagreement-undated"], Yields<ConsiderDueProcessWhenDecisionUndatedRule>(
            new CaseFacts { Stage = Stage.Disagreement }));

    [Fact]
    public void Fire_DisagreementDated_UndatedDueProcessRuleQuiet() =>
        Assert.Empty(Yields<ConsiderDueProcessWhenDecisionUndatedRule>(
            new CaseFacts { Stage = Stage.Disagreement, DisputedActionOn = new(2026, 10, 1) }));

    [Fact]
    public void Fire_DueProcessAlreadyFiled_FilingRulesQuiet()
    {
        var facts = new CaseFacts { Stage = Stage.Disagreement, DisputedActionOn = new(2026, 10, 1), DueProcessFiledOn = new(2026, 11, 2) };

        Assert.Empty(Yields<ConsiderDueProcessWithinWindowRule>(facts));
        Assert.Empty(Yields<ConsiderDueProcessWhenDecisionUndatedRule>(facts));
    }
}
