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
    public void Advise_ConcernedWithNoRequest_NeverAsksWhetherTheSchoolRefusedIt()
    {
        // "Has the school said no to evaluating...?" belongs after a request (issue 17): a worried parent who has asked
        // for nothing is asked whether the school suggested waiting, not whether it refused.
        var noRequest = Advise(new CaseFacts { Stage = Stage.Concerned, Concerns = [ConcernArea.Reading], ConcernsDocumented = false });
        var requested = Advise(new CaseFacts { Stage = Stage.Concerned, Concerns = [ConcernArea.Reading], EvaluationRequestedOn = new(2026, 9, 1) });

        Assert.DoesNotContain(FactNames.SchoolRefusedEvaluation, noRequest.MissingFacts);
        Assert.Contains(FactNames.SchoolSuggestedWaiting, noRequest.MissingFacts);
        Assert.Contains(FactNames.SchoolRefusedEvaluation, requested.MissingFacts);
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

        // A decided change of placement starts the review's clock, so it is asked first; then the run and the pattern.
        Assert.Equal(["disciplineChangeOfPlacementOn", "consecutiveDaysRemoved", "removalsArePattern"], missing.Take(3));
    }

    [Fact]
    public void Advise_DisagreementStage_AsksTheDateOfTheDisputedAction() =>
        Assert.Contains("disputedActionOn", Advise(new CaseFacts { Stage = Stage.Disagreement }).MissingFacts);

    [Theory]
    [InlineData(10)]
    [InlineData(4)]
    public void Advise_DisciplineTenDaysOrFewerInTotal_NeverAsksAboutARunOrAPattern(int total)
    {
        // Ten school days or fewer in a year: neither a run nor a pattern can make a change of placement (300.536).
        var missing = Advise(new CaseFacts { Stage = Stage.Discipline, HasIep = true, DaysRemovedThisYear = total }).MissingFacts;

        Assert.DoesNotContain("consecutiveDaysRemoved", missing);
        Assert.DoesNotContain("removalsArePattern", missing);
    }

    [Fact]
    public void Advise_DisciplineOverTenDaysInARow_NeverAsksWhetherTheSchoolCallsItAPattern()
    {
        // Over 10 in a row is a change of placement by itself (300.536(a)(1)): what matters next is whether the review was held.
        var missing = Advise(new CaseFacts { Stage = Stage.Discipline, HasIep = true, DaysRemovedThisYear = 14, ConsecutiveDaysRemoved = 12 }).MissingFacts;

        Assert.DoesNotContain("removalsArePattern", missing);
        Assert.Equal(["disciplineChangeOfPlacementOn", "manifestationReviewHeld"], missing.Take(2));
    }

    [Fact]
    public void Advise_DisciplineNoRunOverTen_AsksWhetherTheSchoolCallsItAPatternThenWhetherTheReviewWasHeld()
    {
        var unsure = Advise(new CaseFacts { Stage = Stage.Discipline, HasIep = true, DaysRemovedThisYear = 12, ConsecutiveDaysRemoved = 3 }).MissingFacts;
        var pattern = Advise(new CaseFacts { Stage = Stage.Discipline, HasIep = true, DaysRemovedThisYear = 12, ConsecutiveDaysRemoved = 3, RemovalsArePattern = true }).MissingFacts;
        var noPattern = Advise(new CaseFacts { Stage = Stage.Discipline, HasIep = true, DaysRemovedThisYear = 12, ConsecutiveDaysRemoved = 3, RemovalsArePattern = false }).MissingFacts;

        Assert.Equal(["disciplineChangeOfPlacementOn", "removalsArePattern"], unsure.Take(2));
        Assert.DoesNotContain("manifestationReviewHeld", unsure);
        Assert.Equal(["disciplineChangeOfPlacementOn", "manifestationReviewHeld"], pattern.Take(2));
        Assert.DoesNotContain("manifestationReviewHeld", noPattern);
    }

    [Fact]
    public void Advise_DisciplineReviewHeld_AsksWhatItFoundThenTheDisputedDecisionOnlyWhenNoLink()
    {
        var held = new CaseFacts
        {
            Stage = Stage.Discipline, HasIep = true, DaysRemovedThisYear = 12, ConsecutiveDaysRemoved = 3,
            DisciplineChangeOfPlacementOn = new(2026, 11, 20), ManifestationReviewHeld = true,
        };

        Assert.Equal("behaviorWasManifestation", Advise(held).MissingFacts[0]);
        Assert.Equal("disputedActionOn", Advise(held with { BehaviorWasManifestation = false }).MissingFacts[0]);
        Assert.DoesNotContain("disputedActionOn", Advise(held with { BehaviorWasManifestation = true }).MissingFacts);
    }

    [Fact]
    public void Advise_DisciplinePlacementChangeProposed_AsksWhetherTheReviewWasHeld() =>
        Assert.Contains("manifestationReviewHeld", Advise(new CaseFacts
        {
            Stage = Stage.Discipline, HasIep = true, DaysRemovedThisYear = 4, PlacementChangeProposedOn = new(2026, 11, 20),
        }).MissingFacts);
}
