using IepNavigator.Knowledge.Facts;
using static IepNavigator.Knowledge.Tests.AdvisorFixture;

namespace IepNavigator.Knowledge.Tests.Scenarios;

public class MissingFactsTests
{
    [Fact]
    public void Advise_StageUnknown_StageIsTheFirstQuestion() =>
        Assert.Equal("stage", Advise(new CaseFacts { State = "TX" }).MissingFacts[0]);

    [Fact]
    public void Advise_KnownFacts_AreNeverAskedAgain()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.IepInPlace, MakingProgress = false, ServicesDelivered = true });

        Assert.DoesNotContain("makingProgress", advice.MissingFacts);
        Assert.DoesNotContain("servicesDelivered", advice.MissingFacts);
        Assert.Equal("hasProgressReports", advice.MissingFacts[0]);
    }

    [Fact]
    public void Advise_EvaluationRequestedWithConsent_AsksWhetherEvaluationFinished()
    {
        var advice = Advise(new CaseFacts
        {
            Stage = Stage.EvaluationRequested, EvaluationRequestedOn = new(2026, 9, 1), RequestInWriting = true, ConsentSignedOn = new(2026, 9, 10),
        });

        Assert.Equal("evaluationCompletedOn", advice.MissingFacts[0]);
    }

    [Fact]
    public void Advise_SchoolRefused_AsksAboutWrittenNoticeOnlyThen()
    {
        var refused = Advise(new CaseFacts { Stage = Stage.EvaluationRequested, SchoolRefusedEvaluation = true });
        var notRefused = Advise(new CaseFacts { Stage = Stage.EvaluationRequested, SchoolRefusedEvaluation = false });

        Assert.Contains("priorWrittenNoticeReceived", refused.MissingFacts);
        Assert.DoesNotContain("priorWrittenNoticeReceived", notRefused.MissingFacts);
    }

    [Fact]
    public void Advise_EmptyConcernList_CountsAsUnknown() =>
        Assert.Contains("concerns", Advise(new CaseFacts { Stage = Stage.Concerned, Concerns = [] }).MissingFacts);

    [Fact]
    public void Advise_DisciplineStage_AsksWhetherThereIsAnIepThenDaysRemoved() =>
        // Whether the child has an IEP decides which discipline protections apply (300.530 or only 300.534).
        Assert.Equal(["hasIep", "daysRemovedThisYear"], Advise(new CaseFacts { Stage = Stage.Discipline }).MissingFacts.Take(2));

    [Fact]
    public void Advise_DisciplineDaysKnown_AsksDaysInARowAndWhetherItIsAPattern()
    {
        var missing = Advise(new CaseFacts { Stage = Stage.Discipline, HasIep = true, DaysRemovedThisYear = 12 }).MissingFacts;

        Assert.Equal(["consecutiveDaysRemoved", "removalsArePattern"], missing.Take(2));
    }

    [Fact]
    public void Advise_DisagreementStage_AsksTheDateOfTheDisputedAction() =>
        Assert.Contains("disputedActionOn", Advise(new CaseFacts { Stage = Stage.Disagreement }).MissingFacts);
}
