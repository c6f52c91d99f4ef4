using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Rules.Progress;
using IepNavigator.Knowledge.Rules.Section504;
using IepNavigator.Knowledge.Rules.Transition;
using static IepNavigator.Knowledge.Tests.Rules.RuleHarness;

namespace IepNavigator.Knowledge.Tests.Rules;

public class ProgressAndTransitionRuleTests
{
    [Fact]
    public void Fire_NoProgressReports_ProgressDataRuleYields() =>
        Assert.Equal(["request-progress-data:no-reports"], Yields<RequestProgressDataWhenNoReportsRule>(
            new CaseFacts { Stage = Stage.IepInPlace, HasProgressReports = false }));

    [Fact]
    public void Fire_ProgressReportsArrive_ProgressDataRuleQuiet() =>
        Assert.Empty(Yields<RequestProgressDataWhenNoReportsRule>(new CaseFacts { Stage = Stage.IepInPlace, HasProgressReports = true }));

    [Fact]
    public void Fire_ProgressUnknown_UnclearRuleYields() =>
        Assert.Equal(["request-progress-data:progress-unclear"], Yields<RequestProgressDataWhenProgressUnclearRule>(
            new CaseFacts { Stage = Stage.IepInPlace }));

    [Fact]
    public void Fire_ProgressKnown_UnclearRuleQuiet() =>
        Assert.Empty(Yields<RequestProgressDataWhenProgressUnclearRule>(new CaseFacts { Stage = Stage.IepInPlace, MakingProgress = true }));

    [Fact]
    public void Fire_RegressionOverBreaks_EsyRuleYields() =>
        Assert.Equal(["request-esy:regression"], Yields<RequestEsyWhenRegressionRule>(
            new CaseFacts { Stage = Stage.IepInPlace, RegressionOverBreaks = true }));

    [Fact]
    public void Fire_NoRegression_EsyRuleQuiet() =>
        Assert.Empty(Yields<RequestEsyWhenRegressionRule>(new CaseFacts { Stage = Stage.IepInPlace, RegressionOverBreaks = false }));

    [Fact]
    public void Fire_504ServicesMissing_ServicesRuleYieldsNow()
    {
        var fired = Assert.Single(Fire<RequestServicesDeliveredWhenMissingRule>(new CaseFacts { Stage = Stage.Plan504, ServicesDelivered = false }));

        Assert.Equal(Urgency.Now, fired.Urgency);
    }

    [Fact]
    public void Fire_ServicesMissingButNoPlan_ServicesRuleQuiet() =>
        Assert.Empty(Yields<RequestServicesDeliveredWhenMissingRule>(new CaseFacts { Stage = Stage.Concerned, ServicesDelivered = false }));

    [Fact]
    public void Fire_NotEligible_Section504RuleYields() =>
        Assert.Equal(["consider-section-504:not-eligible"], Yields<ConsiderSection504WhenNotEligibleRule>(new CaseFacts { Stage = Stage.NotEligible }));

    [Fact]
    public void Fire_IepInPlace_Section504RuleQuiet() =>
        Assert.Empty(Yields<ConsiderSection504WhenNotEligibleRule>(new CaseFacts { Stage = Stage.IepInPlace }));

    [Fact]
    public void Fire_504NotProgressing_EvaluationRuleYields() =>
        Assert.Equal(["request-evaluation:plan-504-struggling"], Yields<RequestEvaluationWhen504StrugglingRule>(
            new CaseFacts { Stage = Stage.Plan504, MakingProgress = false }));

    [Fact]
    public void Fire_504NotProgressingAlreadyRequested_EvaluationRuleQuiet() =>
        Assert.Empty(Yields<RequestEvaluationWhen504StrugglingRule>(
            new CaseFacts { Stage = Stage.Plan504, MakingProgress = false, EvaluationRequestedOn = Today.AddDays(-5) }));

    [Theory]
    [InlineData(14, "plan-transition:fourteen-plus")]
    [InlineData(15, "plan-transition:fifteen-undated")]
    [InlineData(16, "plan-transition:sixteen-plus")]
    [InlineData(21, "plan-transition:sixteen-plus")]
    public void Fire_IepAndAge_TransitionRuleYieldsByAge(int age, string expected) =>
        Assert.Equal([expected], Yields<PlanTransitionFromFourteenRule>(new CaseFacts { Stage = Stage.IepInPlace, ChildAge = age }));

    [Theory]
    [InlineData(13)]
    [InlineData(null)]
    public void Fire_YoungerOrUnknownAge_TransitionRuleQuiet(int? age) =>
        Assert.Empty(Yields<PlanTransitionFromFourteenRule>(new CaseFacts { Stage = Stage.IepInPlace, ChildAge = age }));

    [Fact]
    public void Fire_FifteenWithoutIep_TransitionRuleQuiet() =>
        Assert.Empty(Yields<PlanTransitionFromFourteenRule>(new CaseFacts { Stage = Stage.Plan504, ChildAge = 15 }));
}

/// <summary>
/// 34 CFR 300.320(b): transition goals from the first IEP in effect when the child turns 16. The next IEP, written at
/// the next annual review, runs a year: for a 15-year-old it is the one in effect at 16 (or the current one already is).
/// </summary>
public class TransitionBoundaryRuleTests
{
    private static readonly DateOnly LastReview = new(2026, 3, 1); // the next review is due 1 March 2027

    [Fact]
    public void Fire_FifteenNextReviewDated_TransitionDueByThatReview()
    {
        var fired = Assert.Single(Fire<PlanTransitionBeforeNextReviewRule>(new CaseFacts { Stage = Stage.IepInPlace, ChildAge = 15, LastIepReviewOn = LastReview }));

        Assert.Equal("fifteen", fired.ReasonKey);
        Assert.Equal(Urgency.Soon, fired.Urgency);
        Assert.Equal(new DateOnly(2027, 3, 1), fired.Deadline?.DueBy);
    }

    [Fact]
    public void Fire_FourteenNextReviewDated_TransitionIfSixteenBeforeTheNextIepEnds()
    {
        var fired = Assert.Single(Fire<PlanTransitionBeforeNextReviewRule>(new CaseFacts { Stage = Stage.IepInPlace, ChildAge = 14, LastIepReviewOn = LastReview }));

        Assert.Equal("fourteen-next-iep", fired.ReasonKey);
        Assert.Equal(Urgency.WhenReady, fired.Urgency);
    }

    [Theory]
    [InlineData(13)]
    [InlineData(16)]
    public void Fire_OutsideFourteenToFifteen_NextReviewRuleQuiet(int age) =>
        Assert.Empty(Yields<PlanTransitionBeforeNextReviewRule>(new CaseFacts { Stage = Stage.IepInPlace, ChildAge = age, LastIepReviewOn = LastReview }));

    [Fact]
    public void Fire_FifteenReviewOverdue_UndatedRuleSaysTheNextIepMustHaveIt() =>
        Assert.Equal(["plan-transition:fifteen-undated"], Yields<PlanTransitionFromFourteenRule>(
            new CaseFacts { Stage = Stage.IepInPlace, ChildAge = 15, LastIepReviewOn = new(2025, 10, 15) }));

    [Fact]
    public void Fire_FifteenNextReviewDated_UndatedRuleQuiet() =>
        Assert.Empty(Yields<PlanTransitionFromFourteenRule>(new CaseFacts { Stage = Stage.IepInPlace, ChildAge = 15, LastIepReviewOn = LastReview }));

    [Fact]
    public void Fire_SixteenWithNextReviewDated_StillSaysItMustAlreadyBeThere() =>
        Assert.Equal(["plan-transition:sixteen-plus"], Yields<PlanTransitionFromFourteenRule>(
            new CaseFacts { Stage = Stage.IepInPlace, ChildAge = 16, LastIepReviewOn = LastReview }));
}
