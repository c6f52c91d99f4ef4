using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using static IepNavigator.Knowledge.Tests.AdvisorFixture;

namespace IepNavigator.Knowledge.Tests.Scenarios;

/// <summary>Discipline and disagreement.</summary>
public class DisputeScenarioTests
{
    [Fact]
    public void Advise_TwelveDaysRemoved_ManifestationReviewComesFirst()
    {
        var advice = Advise(new CaseFacts
        {
            Stage = Stage.Discipline, DaysRemovedThisYear = 12, LastIepReviewOn = new(2026, 3, 1), RecordsRequestedOn = new(2026, 9, 1),
        });

        // The discipline emergencies first (the review, services owed from day 11), then the missed records deadline.
        Assert.Equal(["manifestation-determination", "request-services-during-removal", "escalate-overdue-timeline"],
            advice.Steps.Take(3).Select(s => s.Id));
        Assert.Contains("12 school days", advice.Steps[0].Why, StringComparison.Ordinal);
        // 12 days in total is not by itself a change of placement: the advice asks whether the school calls it a pattern.
        Assert.Contains("whether it considers them a pattern", advice.Steps[0].Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_ChangeOfPlacementBeforeThanksgiving_ReviewDueTenSchoolDaysLater()
    {
        var step = Advise(new CaseFacts { Stage = Stage.Discipline, DisciplineChangeOfPlacementOn = new(2026, 11, 20) })
            .Require("manifestation-determination");

        Assert.Equal(new DateOnly(2026, 12, 8), step.DueBy);
        Assert.Contains("10 school days", step.DeadlineRule, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_ManifestationReviewLate_ReviewFirstThenEscalation()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.Discipline, DisciplineChangeOfPlacementOn = new(2026, 11, 2) });

        Assert.Equal(["manifestation-determination", "escalate-overdue-timeline"], advice.Steps.Take(2).Select(s => s.Id));
        Assert.Equal(new DateOnly(2026, 11, 17), advice.Steps[0].DueBy);
    }

    [Fact]
    public void Advise_FiveDaysRemoved_NoManifestationReviewYet()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.Discipline, DaysRemovedThisYear = 5, HasBehaviorPlan = false });

        Assert.False(advice.Has("manifestation-determination"));
        Assert.Equal(Urgency.Now, advice.Require("request-fba-bip").Urgency);
    }

    [Fact]
    public void Advise_DisciplineWithoutIep_LogCannotReachBackAndEvaluationIsExpedited()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.Discipline, HasIep = false, ConcernsDocumented = false, DaysRemovedThisYear = 3 });

        Assert.Contains("cannot reach back", advice.Require("document-concerns").Why, StringComparison.Ordinal);
        var evaluation = advice.Require("request-expedited-evaluation");
        Assert.Equal(Urgency.Now, evaluation.Urgency);
        Assert.Equal("expedited-evaluation-request", evaluation.Letter);
        Assert.Contains("34 CFR 300.534(d)(2)", evaluation.Citations);
        Assert.True(advice.Has("book-advocate"));
        Assert.False(advice.Has("manifestation-determination"));
    }

    [Fact]
    public void Advise_DisagreementAfterTryingWithTeam_MediationAndAdvocate()
    {
        var advice = Advise(new CaseFacts
        {
            Stage = Stage.Disagreement, TriedResolvingWithTeam = true, HasRecords = true, PriorWrittenNoticeReceived = true,
        });

        Assert.True(advice.Has("request-facilitated-meeting-or-mediation"));
        Assert.True(advice.Has("book-advocate"));
        Assert.Null(advice.Require("consider-due-process").DueBy);
        Assert.Contains("eligibilityDecidedOn", advice.MissingFacts);
    }

    [Fact]
    public void Advise_DisagreementNoRecordsNoNotice_RecordsAndNoticeRequested()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.Disagreement, PriorWrittenNoticeReceived = false, HasRecords = false });

        Assert.True(advice.Has("request-prior-written-notice"));
        Assert.Contains("Before disagreeing formally", advice.Require("request-records").Why, StringComparison.Ordinal);
        Assert.Equal("triedResolvingWithTeam", advice.MissingFacts[0]);
    }

    [Fact]
    public void Advise_DisagreementAboutDatedAction_DueProcessWindowTwoYears() =>
        Assert.Equal(new DateOnly(2028, 6, 30), Advise(new CaseFacts { Stage = Stage.Disagreement, DisputedActionOn = new(2026, 6, 30) })
            .Require("consider-due-process").DueBy);

    [Fact]
    public void Advise_DisputeWithoutRecords_RecordsStepGivesTheSharperReasonOnly()
    {
        var why = Advise(new CaseFacts { Stage = Stage.Disagreement, HasRecords = false }).Require("request-records").Why;

        Assert.Contains("Before disagreeing formally", why, StringComparison.Ordinal);
        Assert.DoesNotContain("reading it shows", why, StringComparison.Ordinal);
    }
}
