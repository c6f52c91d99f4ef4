using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Rules.Discipline;
using IepNavigator.Knowledge.Rules.Help;
using static IepNavigator.Knowledge.Tests.Rules.RuleHarness;

namespace IepNavigator.Knowledge.Tests.Rules;

public class DisciplineAndHelpRuleTests
{
    [Theory]
    [InlineData(11)]
    [InlineData(30)]
    public void Fire_RemovedMoreThanTenDaysInARow_ManifestationRuleYieldsChangeOfPlacement(int days) =>
        Assert.Equal(["manifestation-determination:consecutive-over-ten"], Yields<ManifestationDeterminationWhenRemovedInARowRule>(
            new CaseFacts { DaysRemovedThisYear = days, ConsecutiveDaysRemoved = days }));

    [Theory]
    [InlineData(10)]
    [InlineData(0)]
    [InlineData(null)]
    public void Fire_TenDaysInARowOrFewer_InARowRuleQuiet(int? days) =>
        Assert.Empty(Yields<ManifestationDeterminationWhenRemovedInARowRule>(new CaseFacts { DaysRemovedThisYear = 20, ConsecutiveDaysRemoved = days }));

    [Theory]
    [InlineData(null, "manifestation-determination:total-over-ten-ask-pattern")]
    [InlineData(true, "manifestation-determination:pattern")]
    [InlineData(false, "manifestation-determination:no-pattern")]
    public void Fire_MoreThanTenDaysInTotalNoneOverTenInARow_ManifestationRuleAsksWhetherItIsAPattern(bool? pattern, string expected) =>
        // 300.536(a)(2): over 10 days in total is a change of placement only if the school decides the removals form a pattern.
        Assert.Equal([expected], Yields<ManifestationDeterminationWhenRemovedOverTenDaysInTotalRule>(
            new CaseFacts { DaysRemovedThisYear = 12, ConsecutiveDaysRemoved = 3, RemovalsArePattern = pattern }));

    [Theory]
    [InlineData(10, null)]
    [InlineData(15, 11)]
    [InlineData(null, null)]
    public void Fire_TenDaysInTotalOrARunOverTen_TotalRuleQuiet(int? total, int? inARow) =>
        Assert.Empty(Yields<ManifestationDeterminationWhenRemovedOverTenDaysInTotalRule>(
            new CaseFacts { DaysRemovedThisYear = total, ConsecutiveDaysRemoved = inARow }));

    [Fact]
    public void Fire_ChildSaidToHaveNoIep_ManifestationRulesQuiet()
    {
        // Not yet eligible: the protections come only through the school's knowledge (300.534), not the review itself.
        var facts = new CaseFacts { Stage = Stage.Discipline, HasIep = false, DaysRemovedThisYear = 15, ConsecutiveDaysRemoved = 12 };

        Assert.Empty(Yields<ManifestationDeterminationWhenRemovedInARowRule>(facts));
        Assert.Empty(Yields<ManifestationDeterminationWhenRemovedOverTenDaysInTotalRule>(facts));
    }

    [Fact]
    public void Fire_ReviewAlreadyHeld_ManifestationRulesQuiet()
    {
        var facts = new CaseFacts
        {
            Stage = Stage.Discipline, HasIep = true, DaysRemovedThisYear = 15, ConsecutiveDaysRemoved = 12,
            DisciplineChangeOfPlacementOn = new(2026, 11, 20), ManifestationReviewHeld = true,
        };

        Assert.Empty(Yields<ManifestationDeterminationWhenRemovedInARowRule>(facts));
        Assert.Empty(Yields<ManifestationDeterminationWhenRemovedOverTenDaysInTotalRule>(facts));
        Assert.Empty(Yields<ManifestationDeterminationAfterChangeOfPlacementRule>(facts));
    }

    [Fact]
    public void Fire_ReviewNotHeldAfterChangeOfPlacement_ManifestationRuleStillDue() =>
        Assert.Equal(["manifestation-determination:change-of-placement"], Yields<ManifestationDeterminationAfterChangeOfPlacementRule>(
            new CaseFacts { Stage = Stage.Discipline, DisciplineChangeOfPlacementOn = new(2026, 11, 20), ManifestationReviewHeld = false }));

    [Theory]
    [InlineData(false, true, "request-expedited-hearing:review-no-link-disputed", Urgency.Now)]
    [InlineData(null, true, "request-expedited-hearing:review-disputed", Urgency.Now)]
    [InlineData(false, false, "request-expedited-hearing:review-no-link", Urgency.Soon)]
    [InlineData(null, false, "request-expedited-hearing:review-held", Urgency.Soon)]
    public void Fire_ReviewHeldNoLinkFound_ExpeditedHearingUrgentWhenTheParentDisagrees(bool? found, bool disagrees, string expected, Urgency urgency)
    {
        var facts = new CaseFacts
        {
            Stage = Stage.Discipline, HasIep = true, DisciplineChangeOfPlacementOn = new(2026, 11, 20), ManifestationReviewHeld = true,
            BehaviorWasManifestation = found, DisputedActionOn = disagrees ? new(2026, 11, 24) : null,
        };

        var fired = Assert.Single(Fire<RequestExpeditedHearingAfterManifestationReviewRule>(facts));
        Assert.Equal(expected, $"{fired.StepId}:{fired.ReasonKey}");
        Assert.Equal(urgency, fired.Urgency);
        // The other appeal rules stand aside: one reason, not three saying the same.
        Assert.Empty(Yields<RequestExpeditedHearingWhenDisciplineDisputedRule>(facts));
        Assert.Empty(Yields<RequestExpeditedHearingAfterChangeOfPlacementRule>(facts));
    }

    [Fact]
    public void Fire_ReviewFoundALink_NoAppealButBehaviorPlanAndReturn()
    {
        var facts = new CaseFacts
        {
            Stage = Stage.Discipline, HasIep = true, DisciplineChangeOfPlacementOn = new(2026, 11, 20), ManifestationReviewHeld = true,
            BehaviorWasManifestation = true,
        };

        Assert.Empty(Yields<RequestExpeditedHearingAfterManifestationReviewRule>(facts));
        Assert.Equal(["request-fba-bip:manifestation-found"], Yields<RequestFbaBipWhenManifestationFoundRule>(facts));
        Assert.Equal(["request-fba-bip:manifestation-found-review-plan"], Yields<RequestFbaBipWhenManifestationFoundRule>(facts with { HasBehaviorPlan = true }));
        Assert.Empty(Yields<RequestFbaBipWhenDisciplinedRule>(facts));
    }

    [Fact]
    public void Fire_ChangeOfPlacement_ManifestationRuleCarriesTenSchoolDays() =>
        Assert.Equal(new DateOnly(2026, 12, 8), Assert.Single(Fire<ManifestationDeterminationAfterChangeOfPlacementRule>(
            new CaseFacts { DisciplineChangeOfPlacementOn = new(2026, 11, 20) })).Deadline?.DueBy);

    [Fact]
    public void Fire_NoChangeOfPlacement_ChangeOfPlacementRuleQuiet() =>
        Assert.Empty(Yields<ManifestationDeterminationAfterChangeOfPlacementRule>(new CaseFacts { DaysRemovedThisYear = 4 }));

    [Fact]
    public void Fire_BehaviorConcernArea_FbaRuleYields() =>
        Assert.Equal(["request-fba-bip:behavior-no-plan"], Yields<RequestFbaBipWhenBehaviorConcernsRule>(
            new CaseFacts { Concerns = [ConcernArea.Behavior] }));

    [Fact]
    public void Fire_BehaviorPlanInPlace_FbaRuleQuiet() =>
        Assert.Empty(Yields<RequestFbaBipWhenBehaviorConcernsRule>(new CaseFacts { BehaviorConcerns = true, HasBehaviorPlan = true }));

    [Fact]
    public void Fire_DisciplineNoPlan_DisciplineFbaRuleYields() =>
        Assert.Equal(["request-fba-bip:discipline-no-plan"], Yields<RequestFbaBipWhenDisciplinedRule>(new CaseFacts { Stage = Stage.Discipline }));

    [Fact]
    public void Fire_DisciplineWithPlan_DisciplineFbaRuleQuiet() =>
        Assert.Empty(Yields<RequestFbaBipWhenDisciplinedRule>(new CaseFacts { Stage = Stage.Discipline, HasBehaviorPlan = true }));

    [Fact]
    public void Fire_AnyFacts_ParentCenterRuleYields() =>
        Assert.Equal(["contact-parent-center:always"], Yields<ContactParentCenterAlwaysRule>(new CaseFacts()));

    [Fact]
    public void Fire_UnknownState_StateProcessRuleSaysFederal() =>
        Assert.Equal(["learn-state-process:unknown-state"], Yields<LearnStateProcessAlwaysRule>(new CaseFacts()));

    [Fact]
    public void Fire_KnownState_StateProcessRuleSaysState() =>
        Assert.Equal(["learn-state-process:known-state"], Yields<LearnStateProcessAlwaysRule>(new CaseFacts { State = "OH" }));

    [Fact]
    public void Fire_StateWithoutOwnTimelines_StateProcessRuleSaysNotListed() =>
        Assert.Equal(["learn-state-process:state-not-listed"], Yields<LearnStateProcessAlwaysRule>(new CaseFacts { State = "OR" }));

    [Fact]
    public void Fire_TexasWrittenRequest_ResponseRuleCarries15SchoolDays() =>
        Assert.Equal(new DateOnly(2026, 12, 11), Assert.Single(Fire<LearnStateProcessWhileResponseDueRule>(
            new CaseFacts { State = "TX", EvaluationRequestedOn = new(2026, 11, 18), RequestInWriting = true })).Deadline?.DueBy);

    [Fact]
    public void Fire_FederalStateHasNoResponseTimeline_ResponseRuleQuiet() =>
        Assert.Empty(Yields<LearnStateProcessWhileResponseDueRule>(
            new CaseFacts { State = "NY", EvaluationRequestedOn = new(2026, 11, 18), RequestInWriting = true }));

    [Fact]
    public void Fire_Disagreement_AdvocateRuleYields() =>
        Assert.Equal(["book-advocate:disagreement"], Yields<BookAdvocateInDisputeRule>(new CaseFacts { Stage = Stage.Disagreement }));

    [Fact]
    public void Fire_NotEligibleButAgrees_AdvocateDisputeRuleQuiet() =>
        Assert.Empty(Yields<BookAdvocateInDisputeRule>(new CaseFacts { Stage = Stage.NotEligible, DisagreesWithEvaluation = false }));

    [Fact]
    public void Fire_ChangeOfPlacement_AdvocateDisciplineRuleYields() =>
        Assert.Equal(["book-advocate:discipline"], Yields<BookAdvocateWhenDisciplinedRule>(
            new CaseFacts { DisciplineChangeOfPlacementOn = new(2026, 11, 20) }));

    [Fact]
    public void Fire_NoDiscipline_AdvocateDisciplineRuleQuiet() =>
        Assert.Empty(Yields<BookAdvocateWhenDisciplinedRule>(new CaseFacts { Stage = Stage.IepInPlace }));

    [Fact]
    public void Fire_TwoDeadlinesPassed_AdvocateRuleYieldsOnce() =>
        Assert.Equal(["book-advocate:deadline-passed"], Yields<BookAdvocateWhenDeadlinePassedRule>(
            new CaseFacts { ConsentSignedOn = new(2026, 8, 1), RecordsRequestedOn = new(2026, 9, 1) }));

    [Fact]
    public void Fire_NoDeadlinePassed_AdvocateDeadlineRuleQuiet() =>
        Assert.Empty(Yields<BookAdvocateWhenDeadlinePassedRule>(new CaseFacts { ConsentSignedOn = new(2026, 11, 1) }));
}
