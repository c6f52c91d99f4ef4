using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Rules.Evaluation;
using static IepNavigator.Knowledge.Tests.Rules.RuleHarness;

namespace IepNavigator.Knowledge.Tests.Rules;

public class EvaluationRulesInIsolationTests
{
    [Fact]
    public void Fire_ConcernedUndocumented_DocumentConcernsRuleYieldsNotDocumented() =>
        Assert.Equal(["document-concerns:not-documented"], Yields<DocumentConcernsWhenNotWrittenDownRule>(
            new CaseFacts { Stage = Stage.Concerned, Concerns = [ConcernArea.Math], ConcernsDocumented = false }));

    [Fact]
    public void Fire_IepInPlaceDocumentationUnknown_DocumentConcernsRuleQuiet() =>
        Assert.Empty(Yields<DocumentConcernsWhenNotWrittenDownRule>(new CaseFacts { Stage = Stage.IepInPlace }));

    [Fact]
    public void Fire_DisciplineIepNotKnown_BasisOfKnowledgeRuleSaysIfNoIep() =>
        Assert.Equal(["document-concerns:discipline-iep-unknown"], Yields<DocumentConcernsWhenDisciplinedBeforeEligibilityRule>(
            new CaseFacts { Stage = Stage.Discipline }));

    [Fact]
    public void Fire_DisciplineNoIep_BasisOfKnowledgeRuleSaysWhatCountsAsKnowing() =>
        Assert.Equal(["document-concerns:discipline-not-eligible"], Yields<DocumentConcernsWhenDisciplinedBeforeEligibilityRule>(
            new CaseFacts { Stage = Stage.Discipline, HasIep = false }));

    [Fact]
    public void Fire_DisciplineWithIepSaid_BasisOfKnowledgeRuleQuiet() =>
        Assert.Empty(Yields<DocumentConcernsWhenDisciplinedBeforeEligibilityRule>(new CaseFacts { Stage = Stage.Discipline, HasIep = true }));

    [Fact]
    public void Fire_DisciplineConcernsDocumented_BasisOfKnowledgeRuleQuiet() =>
        Assert.Empty(Yields<DocumentConcernsWhenDisciplinedBeforeEligibilityRule>(
            new CaseFacts { Stage = Stage.Discipline, ConcernsDocumented = true }));

    [Fact]
    public void Fire_ConcernsWithoutStage_RequestEvaluationRuleInfersConcernedStage() =>
        Assert.Equal(["request-evaluation:concerned-no-request"], Yields<RequestEvaluationWhenConcernedRule>(
            new CaseFacts { Concerns = [ConcernArea.Attention] }));

    [Fact]
    public void Fire_ConcernedButSchoolRefused_ConcernedRuleLeavesItToDelayRule() =>
        Assert.Empty(Yields<RequestEvaluationWhenConcernedRule>(
            new CaseFacts { Stage = Stage.Concerned, SchoolRefusedEvaluation = true }));

    [Fact]
    public void Fire_SchoolRefused_DelayRuleYieldsInterventionsFirst() =>
        Assert.Equal(["request-evaluation:interventions-first"], Yields<RequestEvaluationWhenSchoolDelaysRule>(
            new CaseFacts { Stage = Stage.Concerned, SchoolRefusedEvaluation = true }));

    [Fact]
    public void Fire_SchoolRefusedButEvaluationDone_DelayRuleQuiet() =>
        Assert.Empty(Yields<RequestEvaluationWhenSchoolDelaysRule>(
            new CaseFacts { SchoolRefusedEvaluation = true, EvaluationCompletedOn = new(2026, 10, 1) }));

    [Fact]
    public void Fire_VerbalRequestUndated_PutInWritingRuleYieldsUndatedReason() =>
        Assert.Equal(["put-request-in-writing:verbal-only-undated"], Yields<PutRequestInWritingWhenVerbalRule>(
            new CaseFacts { Stage = Stage.EvaluationRequested, RequestInWriting = false }));

    [Fact]
    public void Fire_VerbalRequestButConsentSigned_PutInWritingRuleQuiet() =>
        Assert.Empty(Yields<PutRequestInWritingWhenVerbalRule>(
            new CaseFacts { RequestInWriting = false, ConsentSignedOn = new(2026, 10, 1) }));

    [Fact]
    public void Fire_EvaluatedNoReport_ReportRuleYieldsNoCopyNow()
    {
        var fired = Fire<RequestEvaluationReportWhenNoCopyRule>(new CaseFacts { Stage = Stage.EvaluationComplete, HasEvaluationReport = false });

        Assert.Equal("no-copy", Assert.Single(fired).ReasonKey);
        Assert.Equal(Advising.Urgency.Now, fired[0].Urgency);
    }

    [Fact]
    public void Fire_EvaluatedReportInHand_ReportRuleQuiet() =>
        Assert.Empty(Yields<RequestEvaluationReportWhenNoCopyRule>(
            new CaseFacts { Stage = Stage.EvaluationComplete, HasEvaluationReport = true }));

    [Fact]
    public void Fire_NotEvaluatedYet_ReportRuleQuiet() =>
        Assert.Empty(Yields<RequestEvaluationReportWhenNoCopyRule>(new CaseFacts { Stage = Stage.EvaluationRequested }));

    [Fact]
    public void Fire_DisagreesWithEvaluation_IeeRuleYields() =>
        Assert.Equal(["request-iee:disagrees"], Yields<RequestIeeWhenParentDisagreesRule>(
            new CaseFacts { DisagreesWithEvaluation = true }));

    [Fact]
    public void Fire_IeeAlreadyRequested_IeeRuleQuiet() =>
        Assert.Empty(Yields<RequestIeeWhenParentDisagreesRule>(
            new CaseFacts { DisagreesWithEvaluation = true, IeeRequestedOn = new(2026, 11, 1) }));

    [Fact]
    public void Fire_IeeUnansweredThreeWeeks_FollowUpRuleYields() =>
        Assert.Equal(["follow-up-iee:no-response"], Yields<FollowUpIeeWhenNoResponseRule>(
            new CaseFacts { IeeRequestedOn = Today.AddDays(-21) }));

    [Fact]
    public void Fire_IeeRequestedYesterday_FollowUpRuleQuiet() =>
        Assert.Empty(Yields<FollowUpIeeWhenNoResponseRule>(new CaseFacts { IeeRequestedOn = Today.AddDays(-1) }));

    [Fact]
    public void Fire_IeeAnswered_FollowUpRuleQuiet() =>
        Assert.Empty(Yields<FollowUpIeeWhenNoResponseRule>(
            new CaseFacts { IeeRequestedOn = Today.AddDays(-60), SchoolRespondedToIee = true }));

    [Fact]
    public void Fire_LastEvaluationAlmostThreeYearsAgo_ReevaluationRuleYieldsWithDeadline()
    {
        var fired = Assert.Single(Fire<RequestReevaluationWhenThreeYearsDueRule>(
            new CaseFacts { Stage = Stage.IepInPlace, LastEvaluationOn = new(2024, 1, 10) }));

        Assert.Equal("three-years", fired.ReasonKey);
        Assert.Equal(new DateOnly(2027, 1, 10), fired.Deadline?.DueBy);
    }

    [Fact]
    public void Fire_LastEvaluationLastYear_ReevaluationRuleQuiet() =>
        Assert.Empty(Yields<RequestReevaluationWhenThreeYearsDueRule>(
            new CaseFacts { Stage = Stage.IepInPlace, LastEvaluationOn = new(2025, 9, 1) }));

    [Fact]
    public void Fire_NotProgressingOldEvaluation_NeedsChangedRuleYields() =>
        Assert.Equal(["request-reevaluation:needs-changed"], Yields<RequestReevaluationWhenNotProgressingRule>(
            new CaseFacts { Stage = Stage.IepInPlace, MakingProgress = false, LastEvaluationOn = new(2025, 1, 15) }));

    [Fact]
    public void Fire_NotProgressingEvaluatedThisYear_NeedsChangedRuleQuiet() =>
        Assert.Empty(Yields<RequestReevaluationWhenNotProgressingRule>(
            new CaseFacts { Stage = Stage.IepInPlace, MakingProgress = false, LastEvaluationOn = new(2026, 6, 1) }));

    [Fact]
    public void Fire_ConsentSignedEvaluationRunning_ConcernsStatementCarriesDeadline()
    {
        var fired = Assert.Single(Fire<WriteParentConcernsWhileEvaluationRunsRule>(
            new CaseFacts { Stage = Stage.EvaluationRequested, ConsentSignedOn = new(2026, 11, 2) }));

        Assert.Equal(new DateOnly(2027, 1, 1), fired.Deadline?.DueBy);
    }

    [Fact]
    public void Fire_EvaluationDeadlinePassed_ConcernsStatementRuleQuiet() =>
        Assert.Empty(Yields<WriteParentConcernsWhileEvaluationRunsRule>(
            new CaseFacts { ConsentSignedOn = new(2026, 8, 1) }));

    [Fact]
    public void Fire_SchoolOnlySuggestedWaiting_EvaluationRuleSaysYouNeedNotWait() =>
        Assert.Equal(["request-evaluation:suggested-waiting"], Yields<RequestEvaluationWhenSchoolSuggestedWaitingRule>(
            new CaseFacts { Stage = Stage.Concerned, SchoolSuggestedWaiting = true }));

    [Fact]
    public void Fire_SchoolSuggestedWaitingAfterARequest_SuggestedWaitingRuleQuiet() =>
        Assert.Empty(Yields<RequestEvaluationWhenSchoolSuggestedWaitingRule>(
            new CaseFacts { Stage = Stage.EvaluationRequested, SchoolSuggestedWaiting = true, EvaluationRequestedOn = new(2026, 10, 1) }));

    [Fact]
    public void Fire_SuggestedWaitingEvenIfMarkedRefused_NoAgainAndNoRefusalNotice()
    {
        // Nothing was asked, so nothing was refused: "ask again" and "turned down" would be false (issue 17 chat wording).
        var facts = new CaseFacts { Stage = Stage.Concerned, SchoolSuggestedWaiting = true, SchoolRefusedEvaluation = true };

        Assert.Empty(Yields<RequestEvaluationWhenSchoolDelaysRule>(facts));
        Assert.Empty(Yields<IepNavigator.Knowledge.Rules.Disputes.RequestPriorWrittenNoticeWhenRefusedRule>(facts));
        Assert.Equal(["request-evaluation:concerned-no-request-no-areas"], Yields<RequestEvaluationWhenConcernedRule>(facts));
    }
}
