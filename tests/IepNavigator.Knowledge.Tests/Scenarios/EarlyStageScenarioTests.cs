using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using static IepNavigator.Knowledge.Tests.AdvisorFixture;

namespace IepNavigator.Knowledge.Tests.Scenarios;

/// <summary>Unknown stage, concerned, evaluation requested.</summary>
public class EarlyStageScenarioTests
{
    [Fact]
    public void Advise_NothingKnown_GivesHelpStepsAndAsksStageFirst()
    {
        var advice = Advise(new CaseFacts());

        Assert.True(advice.Has("contact-parent-center"));
        Assert.True(advice.Has("learn-state-process"));
        Assert.Equal("stage", advice.MissingFacts[0]);
        Assert.Empty(advice.Warnings);
    }

    [Theory]
    [InlineData(Stage.Concerned, "request-evaluation")]
    [InlineData(Stage.EvaluationRequested, "document-concerns")]
    [InlineData(Stage.EvaluationComplete, "request-evaluation-report")]
    [InlineData(Stage.NotEligible, "consider-section-504")]
    [InlineData(Stage.IepInPlace, "review-iep-paperwork")]
    [InlineData(Stage.Plan504, "contact-parent-center")]
    [InlineData(Stage.Discipline, "request-fba-bip")]
    [InlineData(Stage.Disagreement, "request-records")]
    public void Advise_OnlyTheStageKnown_GivesAStageStepAndAQuestion(Stage stage, string expectedStep)
    {
        var advice = Advise(new CaseFacts { Stage = stage });

        Assert.True(advice.Has(expectedStep), string.Join(", ", advice.Steps.Select(s => s.Id)));
        Assert.True(advice.Has("contact-parent-center"));
        Assert.NotEmpty(advice.MissingFacts);
        Assert.DoesNotContain("stage", advice.MissingFacts);
    }

    [Fact]
    public void Advise_ConcernedAboutReading_EvaluationRequestComesFirst()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.Concerned, Concerns = [ConcernArea.Reading], ConcernsDocumented = false });

        Assert.Equal("request-evaluation", advice.Steps[0].Id);
        Assert.True(advice.IndexOf("document-concerns") > 0);
        Assert.Equal("evaluation-request", advice.Steps[0].Letter);
    }

    [Fact]
    public void Advise_ConcernedAboutBehavior_AddsFbaRequest()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.Concerned, Concerns = [ConcernArea.Behavior, ConcernArea.Attention] });

        Assert.True(advice.Has("request-fba-bip"));
        Assert.Contains("behavior and attention", advice.Require("request-evaluation").Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_ConcernedSchoolSaysWait_RequestAgainAndAskForNotice()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.Concerned, SchoolRefusedEvaluation = true });

        Assert.Equal(Urgency.Now, advice.Require("request-evaluation").Urgency);
        Assert.Equal(Urgency.Now, advice.Require("request-prior-written-notice").Urgency);
        Assert.DoesNotContain("concerned-no-request", advice.Require("request-evaluation").Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_ConcernedNothingAsked_AsksWhetherAnEvaluationWasRequested() =>
        Assert.Equal("evaluationRequestedOn", Advise(new CaseFacts { Stage = Stage.Concerned }).MissingFacts[0]);

    [Fact]
    public void Advise_VerbalRequestOnly_PutInWritingIsFirst()
    {
        var advice = Advise(new CaseFacts
        {
            Stage = Stage.EvaluationRequested, EvaluationRequestedOn = new(2026, 10, 20), RequestInWriting = false,
            ConcernsDocumented = true,
        });

        Assert.Equal("put-request-in-writing", advice.Steps[0].Id);
        Assert.Null(advice.Steps[0].DueBy); // a verbal request starts no clock
    }

    [Fact]
    public void Advise_RequestedNoConsentDate_AsksForConsentDate()
    {
        var advice = Advise(new CaseFacts
        {
            Stage = Stage.EvaluationRequested, EvaluationRequestedOn = new(2026, 10, 20), RequestInWriting = true,
        });

        Assert.Equal("consentSignedOn", advice.MissingFacts[0]);
        Assert.DoesNotContain("requestInWriting", advice.MissingFacts);
    }

    [Fact]
    public void Advise_RequestDateUnknown_DoesNotAskIfItWasInWriting()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.EvaluationRequested });

        Assert.Equal("evaluationRequestedOn", advice.MissingFacts[0]);
        Assert.DoesNotContain("requestInWriting", advice.MissingFacts);
    }

    [Fact]
    public void Advise_ConsentSignedStateUnknown_Federal60CalendarDays()
    {
        var step = Advise(new CaseFacts { Stage = Stage.EvaluationRequested, ConsentSignedOn = new(2026, 11, 2) })
            .Require("write-parent-concerns");

        Assert.Equal(new DateOnly(2027, 1, 1), step.DueBy);
        Assert.StartsWith("federal: 60 calendar days", step.DeadlineRule, StringComparison.Ordinal);
        Assert.Contains("state is not known", step.DeadlineRule, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_ConsentAtMonthEnd_DueDateCrossesTheYear() =>
        Assert.Equal(new DateOnly(2027, 1, 29), Advise(new CaseFacts { ConsentSignedOn = new(2026, 11, 30) }, new DateOnly(2026, 12, 1))
            .Require("write-parent-concerns").DueBy);

    [Fact]
    public void Advise_ConsentOnLeapDay_DueSixtyDaysLater() =>
        Assert.Equal(new DateOnly(2028, 4, 29), Advise(new CaseFacts { ConsentSignedOn = new(2028, 2, 29) }, new DateOnly(2028, 3, 1))
            .Require("write-parent-concerns").DueBy);

    [Fact]
    public void Advise_StateNotListed_FederalTimelineWithWarning()
    {
        var advice = Advise(new CaseFacts { State = "OR", ConsentSignedOn = new(2026, 11, 2) });

        Assert.Contains("OR's own timeline", advice.Require("write-parent-concerns").DeadlineRule, StringComparison.Ordinal);
        Assert.Contains(advice.Warnings, w => w.Code == "state-not-listed");
    }
}
