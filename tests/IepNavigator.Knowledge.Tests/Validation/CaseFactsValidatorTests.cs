using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Knowledge.Tests.Validation;

public class CaseFactsValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static IReadOnlyList<string> Fields(CaseFacts facts) => CaseFactsValidator.Validate(facts, Today).Select(e => e.Field).ToList();

    [Fact]
    public void Validate_EmptyFacts_Valid() => Assert.Empty(Fields(new CaseFacts()));

    [Fact]
    public void Validate_FutureConsentDate_NamesTheField()
    {
        var error = Assert.Single(CaseFactsValidator.Validate(new CaseFacts { ConsentSignedOn = Today.AddDays(1) }, Today));

        Assert.Equal("consentSignedOn", error.Field);
        Assert.Contains("2026-11-27", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FutureMeetingDate_IsAllowed() => Assert.Empty(Fields(new CaseFacts { IepMeetingOn = Today.AddDays(30) }));

    [Fact]
    public void Validate_EveryPastDateInTheFuture_EachNamed()
    {
        var tomorrow = Today.AddDays(1);
        var fields = Fields(new CaseFacts
        {
            EvaluationRequestedOn = tomorrow, ConsentSignedOn = tomorrow, EvaluationCompletedOn = tomorrow,
            EligibilityDecidedOn = tomorrow, LastEvaluationOn = tomorrow, LastIepReviewOn = tomorrow,
            RecordsRequestedOn = tomorrow, DisciplineChangeOfPlacementOn = tomorrow, IeeRequestedOn = tomorrow,
        });

        Assert.Equal(9, fields.Count);
    }

    [Fact]
    public void Validate_EveryDateButTheMeetingInTheFuture_EachNamedInContractOrder()
    {
        var tomorrow = Today.AddDays(1);
        var facts = CaseFactFields.All.Where(f => f.Kind == FactKind.Date).Aggregate(new CaseFacts(), (all, f) => f.Write(all, tomorrow));

        Assert.Equal(
        [
            FactNames.EvaluationRequestedOn, FactNames.ConsentSignedOn, FactNames.EvaluationCompletedOn,
            FactNames.EligibilityDecidedOn, FactNames.LastEvaluationOn, FactNames.LastIepReviewOn,
            FactNames.RecordsRequestedOn, FactNames.DisciplineChangeOfPlacementOn, FactNames.IeeRequestedOn,
            FactNames.DisputedActionOn, FactNames.PlacementChangeProposedOn, FactNames.DueProcessFiledOn,
        ], Fields(facts));
    }

    [Theory]
    [InlineData("WA", true)]
    [InlineData("DC", true)]
    [InlineData("PR", true)]
    [InlineData("MP", true)]
    [InlineData("ZZ", false)]
    [InlineData("wa", false)]
    [InlineData("Washington", false)]
    public void Validate_StateCode_AcceptsStatesAndTerritoriesOnly(string state, bool valid) =>
        Assert.Equal(valid, Fields(new CaseFacts { State = state }).Count == 0);

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(22, true)]
    [InlineData(23, false)]
    public void Validate_ChildAge_ZeroToTwentyTwo(int age, bool valid) =>
        Assert.Equal(valid ? [] : ["childAge"], Fields(new CaseFacts { ChildAge = age }));

    [Fact]
    public void Validate_NegativeDaysRemoved_NamesTheField() =>
        Assert.Equal(["daysRemovedThisYear"], Fields(new CaseFacts { DaysRemovedThisYear = -2 }));

    [Fact]
    public void Validate_UndefinedConcernValue_NamesTheField() =>
        Assert.Equal(["concerns"], Fields(new CaseFacts { Concerns = [(ConcernArea)99] }));

    [Fact]
    public void Validate_NegativeDaysInARow_NamesThatField() =>
        Assert.Equal("consecutiveDaysRemoved cannot be negative.", Assert.Single(CaseFactsValidator.Validate(
            new CaseFacts { DaysRemovedThisYear = 3, ConsecutiveDaysRemoved = -1 }, Today)).Message);

    [Fact]
    public void Validate_MoreDaysInARowThanInTheYear_NamesDaysInARow() =>
        Assert.Equal(["consecutiveDaysRemoved"], Fields(new CaseFacts { DaysRemovedThisYear = 5, ConsecutiveDaysRemoved = 12 }));

    [Fact]
    public void Validate_SchoolBreakEndingBeforeItStarts_NamesSchoolBreaks() =>
        Assert.Equal(["schoolBreaks"], Fields(new CaseFacts { SchoolBreaks = [new DateRange(new(2026, 12, 23), new(2026, 12, 20))] }));

    [Fact]
    public void Validate_SchoolBreakLongerThanAnySummer_NamesSchoolBreaks() =>
        Assert.Equal(["schoolBreaks"], Fields(new CaseFacts { SchoolBreaks = [new DateRange(new(2026, 1, 1), new(2026, 12, 31))] }));

    [Fact]
    public void Validate_TypicalSchoolCalendar_Valid() =>
        Assert.Empty(Fields(new CaseFacts
        {
            SchoolBreaks = [new DateRange(new(2026, 11, 23), new(2026, 11, 27)), new DateRange(new(2026, 12, 21), new(2027, 1, 1)),
                new DateRange(new(2027, 3, 22), new(2027, 3, 26)), new DateRange(new(2027, 6, 11), new(2027, 8, 30))],
        }));

    [Fact]
    public void Validate_FutureDisputeAndFilingDates_EachNamed() =>
        Assert.Equal(["disputedActionOn", "placementChangeProposedOn", "dueProcessFiledOn"], Fields(new CaseFacts
        {
            DisputedActionOn = Today.AddDays(1), PlacementChangeProposedOn = Today.AddDays(2), DueProcessFiledOn = Today.AddDays(3),
        }));
}
