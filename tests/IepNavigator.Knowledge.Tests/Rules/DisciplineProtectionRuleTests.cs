using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Rules.Discipline;
using IepNavigator.Knowledge.Rules.Disputes;
using IepNavigator.Knowledge.Rules.Help;
using static IepNavigator.Knowledge.Tests.Rules.RuleHarness;

namespace IepNavigator.Knowledge.Tests.Rules;

/// <summary>The discipline protections of 34 CFR 300.530-300.536 and the emergency help around them.</summary>
public class DisciplineProtectionRuleTests
{
    [Theory]
    [InlineData(11, null, "request-services-during-removal:over-ten")]
    [InlineData(14, 12, "request-services-during-removal:over-ten-in-a-row")]
    public void Fire_RemovedMoreThanTenDays_ServicesRuleYieldsNow(int total, int? inARow, string expected)
    {
        var fired = Assert.Single(Fire<RequestServicesDuringRemovalWhenOverTenDaysRule>(
            new CaseFacts { Stage = Stage.Discipline, DaysRemovedThisYear = total, ConsecutiveDaysRemoved = inARow }));

        Assert.Equal(expected, $"{fired.StepId}:{fired.ReasonKey}");
        Assert.Equal(Urgency.Now, fired.Urgency);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(null)]
    public void Fire_TenDaysOrFewer_ServicesRuleQuiet(int? total) =>
        // 300.530(b)(2): services are owed from the 11th school day of removal in the year.
        Assert.Empty(Yields<RequestServicesDuringRemovalWhenOverTenDaysRule>(new CaseFacts { Stage = Stage.Discipline, DaysRemovedThisYear = total }));

    [Fact]
    public void Fire_NoIepOverTenDays_ServicesRuleQuiet() =>
        Assert.Empty(Yields<RequestServicesDuringRemovalWhenOverTenDaysRule>(
            new CaseFacts { Stage = Stage.Discipline, HasIep = false, DaysRemovedThisYear = 15 }));

    [Theory]
    [InlineData(false, null, "request-expedited-evaluation:not-requested", Urgency.Now)]
    [InlineData(null, null, "request-expedited-evaluation:iep-unknown", Urgency.Soon)]
    [InlineData(false, "2026-11-20", "request-expedited-evaluation:requested-during-removal", Urgency.Now)]
    public void Fire_DisciplinedBeforeEligibility_ExpeditedEvaluationRuleYields(bool? hasIep, string? requested, string expected, Urgency urgency)
    {
        var fired = Assert.Single(Fire<RequestExpeditedEvaluationWhenDisciplinedBeforeEligibilityRule>(new CaseFacts
        {
            Stage = Stage.Discipline, HasIep = hasIep, EvaluationRequestedOn = requested is null ? null : DateOnly.Parse(requested, System.Globalization.CultureInfo.InvariantCulture),
        }));

        Assert.Equal(expected, $"{fired.StepId}:{fired.ReasonKey}");
        Assert.Equal(urgency, fired.Urgency);
    }

    [Fact]
    public void Fire_DisciplinedChildWithIep_ExpeditedEvaluationRuleQuiet() =>
        Assert.Empty(Yields<RequestExpeditedEvaluationWhenDisciplinedBeforeEligibilityRule>(
            new CaseFacts { Stage = Stage.Discipline, HasIep = true }));

    [Fact]
    public void Fire_DisciplineDecisionDisputed_ExpeditedHearingRuleYieldsNow()
    {
        var fired = Assert.Single(Fire<RequestExpeditedHearingWhenDisciplineDisputedRule>(
            new CaseFacts { Stage = Stage.Discipline, DisputedActionOn = new(2026, 11, 20) }));

        Assert.Equal("disputed", fired.ReasonKey);
        Assert.Equal(Urgency.Now, fired.Urgency);
    }

    [Fact]
    public void Fire_ChangeOfPlacementDecided_ExpeditedHearingOfferedIfTheParentDisagrees() =>
        Assert.Equal(["request-expedited-hearing:if-disagree"], Yields<RequestExpeditedHearingAfterChangeOfPlacementRule>(
            new CaseFacts { Stage = Stage.Discipline, DisciplineChangeOfPlacementOn = new(2026, 11, 20) }));

    [Fact]
    public void Fire_ExpeditedHearingAlreadyFiled_HearingRulesQuiet()
    {
        var facts = new CaseFacts
        {
            Stage = Stage.Discipline, DisciplineChangeOfPlacementOn = new(2026, 11, 20), DisputedActionOn = new(2026, 11, 20),
            DueProcessFiledOn = new(2026, 11, 23),
        };

        Assert.Empty(Yields<RequestExpeditedHearingWhenDisciplineDisputedRule>(facts));
        Assert.Empty(Yields<RequestExpeditedHearingAfterChangeOfPlacementRule>(facts));
    }

    [Theory]
    [InlineData(12, null)]
    [InlineData(null, "2026-11-20")]
    public void Fire_DisciplineEmergency_ParentCenterRuleYieldsNow(int? days, string? changeOn)
    {
        var fired = Assert.Single(Fire<ContactParentCenterInDisciplineEmergencyRule>(new CaseFacts
        {
            Stage = Stage.Discipline, DaysRemovedThisYear = days,
            DisciplineChangeOfPlacementOn = changeOn is null ? null : DateOnly.Parse(changeOn, System.Globalization.CultureInfo.InvariantCulture),
        }));

        Assert.Equal("discipline-emergency", fired.ReasonKey);
        Assert.Equal(Urgency.Now, fired.Urgency);
    }

    [Fact]
    public void Fire_ShortSuspension_ParentCenterEmergencyRuleQuiet() =>
        Assert.Empty(Yields<ContactParentCenterInDisciplineEmergencyRule>(new CaseFacts { Stage = Stage.Discipline, DaysRemovedThisYear = 3 }));

    [Fact]
    public void Fire_ChangeOfPlacementForChildSaidToHaveNoIep_NoReviewDeadline() =>
        // The 10-school-day review applies to a child not yet eligible only if the school "knew" (300.534): no dated duty.
        Assert.Empty(Yields<ManifestationDeterminationAfterChangeOfPlacementRule>(
            new CaseFacts { Stage = Stage.Discipline, HasIep = false, DisciplineChangeOfPlacementOn = new(2026, 11, 20) }));

    [Theory]
    [InlineData(Stage.Disagreement, "invoke-stay-put:disagree", Urgency.Now)]
    [InlineData(Stage.IepInPlace, "invoke-stay-put:if-disagree", Urgency.Soon)]
    public void Fire_PlacementChangeProposed_StayPutRuleYields(Stage stage, string expected, Urgency urgency)
    {
        var fired = Assert.Single(Fire<InvokeStayPutWhenPlacementChangeProposedRule>(
            new CaseFacts { Stage = stage, PlacementChangeProposedOn = new(2026, 11, 20) }));

        Assert.Equal(expected, $"{fired.StepId}:{fired.ReasonKey}");
        Assert.Equal(urgency, fired.Urgency);
    }

    [Fact]
    public void Fire_DisciplinaryPlacementChange_StayPutRuleQuiet() =>
        // 300.533: during a discipline appeal the child stays in the interim setting; stay-put is not the tool.
        Assert.Empty(Yields<InvokeStayPutWhenPlacementChangeProposedRule>(
            new CaseFacts { Stage = Stage.Discipline, PlacementChangeProposedOn = new(2026, 11, 20) }));

    [Fact]
    public void Fire_DueProcessPending_StayPutRuleSaysTheChildStays() =>
        Assert.Equal(["invoke-stay-put:filed"], Yields<InvokeStayPutWhileDueProcessPendingRule>(
            new CaseFacts { Stage = Stage.Disagreement, DueProcessFiledOn = new(2026, 11, 20) }));
}
