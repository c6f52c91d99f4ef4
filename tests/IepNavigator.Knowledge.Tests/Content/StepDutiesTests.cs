using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Steps;
using static IepNavigator.Knowledge.Tests.AdvisorFixture;

namespace IepNavigator.Knowledge.Tests.Content;

/// <summary>
/// "Why?" after a step needs, for every step id and in both languages, what the school must do and by when and what the
/// parent can do if it does not (step-duties.json), and the facts the step's reasons rest on (NextStep.Because).
/// </summary>
public sealed class StepDutiesTests
{
    public static TheoryData<string> Languages => [ContentLanguage.English, ContentLanguage.Spanish];

    /// <summary>Every step id steps.json defines.</summary>
    private static IEnumerable<string> StepIdsInSteps() => KnowledgeContent.Default.Steps.Steps.Select(s => s.Id).Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryStep_SaysWhatTheSchoolMustDo_AndWhatTheParentCanDoIfItDoesNot(string language)
    {
        using var _ = ContentLanguage.Begin(language);
        var steps = new StepCatalog().Steps;

        Assert.Equal(StepIdsInSteps(), steps.Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.All(steps, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.SchoolDuty), $"{s.Id} ({language}) has no schoolMust");
            Assert.False(string.IsNullOrWhiteSpace(s.IfSchoolDoesNot), $"{s.Id} ({language}) has no ifNot");
            Assert.NotEqual(s.SchoolDuty, s.IfSchoolDoesNot);
        });
    }

    [Fact]
    public void StepDuties_FileNamesOnlyStepsThatExist()
    {
        var duties = KnowledgeContent.Default.Duties.Steps.Keys.Order(StringComparer.Ordinal);

        Assert.Equal(StepIdsInSteps(), duties);
        Assert.Equal(duties, KnowledgeContent.For(ContentLanguage.Spanish).Duties.Steps.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Spanish_IsATranslation_NotTheEnglishLeftInPlace()
    {
        var english = KnowledgeContent.Default.Duties.Steps;
        var spanish = KnowledgeContent.For(ContentLanguage.Spanish).Duties.Steps;

        Assert.All(english, e =>
        {
            Assert.NotEqual(e.Value.SchoolMust, spanish[e.Key].SchoolMust);
            Assert.NotEqual(e.Value.IfNot, spanish[e.Key].IfNot);
        });
    }

    [Fact]
    public void Because_NamesTheFactsTheReasonWasWrittenFrom()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.Discipline, HasIep = true, ConsecutiveDaysRemoved = 12, DaysRemovedThisYear = 12 });

        var review = advice.Steps.Single(s => s.Id == StepIds.ManifestationDetermination);
        Assert.Contains(FactNames.ConsecutiveDaysRemoved, review.Because);
        Assert.All(advice.Steps.SelectMany(s => s.Because), f => Assert.NotNull(CaseFactFields.Find(f)));
    }

    [Fact]
    public void Because_ForASpokenRequest_NamesTheDateOfTheRequest()
    {
        var advice = Advise(new CaseFacts
        {
            Stage = Stage.EvaluationRequested, State = "OH", EvaluationRequestedOn = Today.AddDays(-10), RequestInWriting = false,
        });

        var inWriting = advice.Steps.Single(s => s.Id == StepIds.PutRequestInWriting);
        Assert.Equal([FactNames.EvaluationRequestedOn], inWriting.Because);
    }
}
