using System.Text.RegularExpressions;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Facts;
using static IepNavigator.Knowledge.Tests.AdvisorFixture;

namespace IepNavigator.Knowledge.Tests.Scenarios;

/// <summary>Whole cases for the errors of the legal review (issue 19), each written so the old advice would fail it.</summary>
public partial class LegalReviewScenarioTests
{
    private static string AllText(Advice advice) =>
        string.Join("\n", advice.Steps.SelectMany(s => new[] { s.Title, s.Why, s.DeadlineRule ?? "" }).Concat(advice.Warnings.Select(w => w.Message)));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Advise_SchoolOnlySuggestedWaiting_NeverSaysAgainOrTurnedDown(bool alsoMarkedRefused)
    {
        var facts = new CaseFacts
        {
            Stage = Stage.Concerned, Concerns = [ConcernArea.Reading], SchoolSuggestedWaiting = true,
            SchoolRefusedEvaluation = alsoMarkedRefused ? true : null,
        };

        var english = Advise(facts);
        Advice spanish;
        using (ContentLanguage.Begin(ContentLanguage.Spanish))
        {
            spanish = Advise(facts);
        }

        Assert.Equal(Urgency.Now, english.Require("request-evaluation").Urgency);
        Assert.Contains("You do not have to wait", english.Require("request-evaluation").Why, StringComparison.Ordinal);
        Assert.DoesNotMatch(Again(), AllText(english));
        Assert.False(english.Has("request-prior-written-notice"));
        Assert.DoesNotMatch(AgainInSpanish(), AllText(spanish));
    }

    [Fact]
    public void Advise_UnlistedStateSixtyDaysPassed_ChecksTheStateRuleInsteadOfCallingItMissed()
    {
        var advice = Advise(new CaseFacts { State = "OR", Stage = Stage.EvaluationRequested, ConsentSignedOn = new(2026, 8, 1) });

        Assert.DoesNotContain(advice.Warnings, w => w.Code == "deadline-passed");
        Assert.Contains(advice.Warnings, w => w.Code == "deadline-may-have-passed" && w.Message.Contains("September 30, 2026", StringComparison.Ordinal));
        Assert.False(advice.Has("escalate-overdue-timeline"));
        var check = advice.Require("learn-state-process");
        Assert.Equal(new DateOnly(2026, 9, 30), check.DueBy);
        Assert.Contains("before telling the school a deadline passed", check.Why, StringComparison.Ordinal);
        Assert.DoesNotContain("shorter timelines than", AllText(advice), StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_ListedStateDeadlinePassed_EscalatesWithThatDeadlinesRule()
    {
        var advice = Advise(new CaseFacts { State = "WA", Stage = Stage.EvaluationRequested, ConsentSignedOn = new(2026, 9, 1) });

        var escalate = advice.Require("escalate-overdue-timeline");
        Assert.Contains("WAC 392-172A-03005", escalate.Why, StringComparison.Ordinal);
        Assert.Equal("overdue-timeline", escalate.Letter);
    }

    [Fact]
    public void Advise_NorthCarolinaDisagreementDated_OneYearToFile()
    {
        var step = Advise(new CaseFacts { State = "NC", Stage = Stage.Disagreement, DisputedActionOn = new(2026, 5, 4) }).Require("consider-due-process");

        Assert.Equal(new DateOnly(2027, 5, 4), step.DueBy);
        Assert.Equal("due-process-complaint", step.Letter);
    }

    [Fact]
    public void Advise_NorthCarolinaDisagreementUndated_SaysWhatStartsTheOneYearClock()
    {
        var step = Advise(new CaseFacts { State = "NC", Stage = Stage.Disagreement }).Require("consider-due-process");

        Assert.Null(step.DueBy);
        Assert.Contains("1 year in NC", step.Why, StringComparison.Ordinal);
        Assert.Contains("knew or should have known", step.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_DisagreementUndatedStateUnknown_SaysTwoYearsUnlessStateLaw() =>
        Assert.Contains("2 years under 34 CFR 300.507(a)(2), unless your state's law sets its own limit",
            Advise(new CaseFacts { Stage = Stage.Disagreement }).Require("consider-due-process").Why, StringComparison.Ordinal);

    [Fact]
    public void Advise_FourteenDaysInARow_ChangeOfPlacementServicesAndParentCenterNow()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.Discipline, HasIep = true, DaysRemovedThisYear = 14, ConsecutiveDaysRemoved = 14 });

        Assert.Equal(["manifestation-determination", "request-services-during-removal"], advice.Steps.Take(2).Select(s => s.Id));
        Assert.Contains("14 school days in a row", advice.Steps[0].Why, StringComparison.Ordinal);
        Assert.Equal("manifestation-review-request", advice.Steps[0].Letter);
        Assert.Equal(Urgency.Now, advice.Require("contact-parent-center").Urgency);
        Assert.Contains("Protection & Advocacy", advice.Require("contact-parent-center").Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_SchoolSaysNoPattern_ReviewNotCalledRequiredButChallengeable()
    {
        var step = Advise(new CaseFacts { Stage = Stage.Discipline, HasIep = true, DaysRemovedThisYear = 12, RemovalsArePattern = false })
            .Require("manifestation-determination");

        Assert.Equal(Urgency.Soon, step.Urgency);
        Assert.Contains("challenge that decision", step.Why, StringComparison.Ordinal);
        Assert.DoesNotContain("must be held", step.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_PlacementChangeProposedParentDisagrees_StayPutFirst()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.Disagreement, HasIep = true, PlacementChangeProposedOn = new(2026, 11, 20) });

        var stayPut = advice.Steps[0];
        Assert.Equal("invoke-stay-put", stayPut.Id);
        Assert.Equal("stay-put-notice", stayPut.Letter);
        Assert.Contains("November 20, 2026", stayPut.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_DueProcessFiled_ThreeDatedStepsAndNoAdviceToFile()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.Disagreement, DueProcessFiledOn = new(2026, 11, 20) });

        Assert.Equal(new DateOnly(2026, 12, 5), advice.Require("prepare-resolution-meeting").DueBy);
        Assert.Equal(new DateOnly(2026, 12, 20), advice.Require("prepare-for-hearing").DueBy);
        Assert.Equal(new DateOnly(2027, 2, 3), advice.Require("expect-hearing-decision").DueBy);
        Assert.False(advice.Has("consider-due-process"));
        Assert.Contains("34 CFR 300.515(a)", advice.Require("expect-hearing-decision").DeadlineRule, StringComparison.Ordinal);
        Assert.Contains("stays in the current placement", advice.Require("invoke-stay-put").Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_DisciplineAppealFiled_ExpeditedClocksNotTheRegularOnes()
    {
        // An appeal of a manifestation decision or disciplinary placement is expedited (34 CFR 300.532(c)): a parent
        // told "decision in 45 days after a 30-day period" would wait months for a hearing due within 20 school days.
        var filed = new DateOnly(2026, 11, 20);
        var advice = Advise(new CaseFacts { State = "CA", Stage = Stage.Discipline, HasIep = true, DaysRemovedThisYear = 12, DueProcessFiledOn = filed });

        var meeting = advice.Require("prepare-resolution-meeting");
        Assert.Equal(filed.AddDays(7), meeting.DueBy);
        Assert.Contains("34 CFR 300.532(c)(3)(i)", meeting.DeadlineRule, StringComparison.Ordinal);
        Assert.Contains("within 7 days", meeting.Why, StringComparison.Ordinal);
        Assert.Equal(filed.AddDays(15), advice.Require("prepare-for-hearing").DueBy);
        Assert.DoesNotContain("30-day", advice.Require("prepare-for-hearing").Why, StringComparison.Ordinal);
        var hearing = advice.Require("expect-hearing-decision");
        Assert.Contains("20 school days", hearing.DeadlineRule, StringComparison.Ordinal);
        Assert.Contains("34 CFR 300.532(c)(2)", hearing.DeadlineRule, StringComparison.Ordinal);
        Assert.Contains("within 10 school days after the hearing", hearing.Why, StringComparison.Ordinal);
        Assert.InRange(hearing.DueBy!.Value, filed.AddDays(28), filed.AddDays(45)); // 20 school days, Thanksgiving and winter break between
        Assert.DoesNotContain(advice.Steps, s => s.DeadlineRule?.Contains("300.515(a)", StringComparison.Ordinal) == true);
        Assert.False(advice.Has("invoke-stay-put")); // a disciplinary placement has no stay-put (300.533)
        Assert.All(advice.Steps.SelectMany(s => s.CitationLinks), l => Assert.StartsWith("https://", l.Url, StringComparison.Ordinal));

        Advice spanish;
        using (ContentLanguage.Begin(ContentLanguage.Spanish))
        {
            spanish = Advise(new CaseFacts { State = "CA", Stage = Stage.Discipline, HasIep = true, DaysRemovedThisYear = 12, DueProcessFiledOn = filed });
        }
        Assert.Contains("dentro de 7 días", spanish.Require("prepare-resolution-meeting").Why, StringComparison.Ordinal);
        Assert.Contains("audiencia acelerada", spanish.Require("expect-hearing-decision").Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_CaliforniaTwelveDaysChangeDecidedParentDisagrees_OneClearReasonPerStep()
    {
        // The chat's own case: 12 days in total, then the school decided a move to another school and the parent
        // disagrees. The review is due from that decision; "ask whether the removals form a pattern" contradicted it.
        var decided = new DateOnly(2026, 11, 20);
        var advice = Advise(new CaseFacts
        {
            State = "CA", Stage = Stage.Discipline, DaysRemovedThisYear = 12, DisciplineChangeOfPlacementOn = decided, DisputedActionOn = decided,
        });

        var review = advice.Require("manifestation-determination");
        Assert.Contains("changes your child's placement", review.Why, StringComparison.Ordinal);
        Assert.Contains("removed for 12 school days this year.", review.Why, StringComparison.Ordinal);
        Assert.DoesNotContain("not by itself a change of placement", review.Why, StringComparison.Ordinal);
        Assert.DoesNotContain("pattern", review.Why, StringComparison.Ordinal);
        Assert.Equal(Urgency.Now, advice.Require("request-expedited-hearing").Urgency);
        Assert.Equal(Urgency.Now, advice.Require("request-services-during-removal").Urgency);
        var help = advice.Require("contact-parent-center");
        Assert.Equal(Urgency.Now, help.Urgency);
        Assert.Single(Regex.Matches(help.Why, "Protection & Advocacy"));
        Assert.False(advice.Has("invoke-stay-put"));
    }

    [Fact]
    public void Advise_504PlanNotFollowed_CitesOnlySection504_AnIepOnlyIdea()
    {
        // A school's lawyer answers a 504 family citing IEP rules with "IDEA does not apply to this child".
        var plan504 = Advise(new CaseFacts { Stage = Stage.Plan504, ServicesDelivered = false }).Require("request-services-delivered");
        var iep = Advise(new CaseFacts { Stage = Stage.IepInPlace, HasIep = true, ServicesDelivered = false }).Require("request-services-delivered");

        Assert.Equal(["34 CFR 104.33", "34 CFR 104.35"], plan504.Citations);
        Assert.Equal(plan504.Citations, plan504.CitationLinks.Select(l => l.Citation));
        Assert.DoesNotContain(iep.Citations, c => c.StartsWith("34 CFR 104.", StringComparison.Ordinal));
        Assert.Contains("34 CFR 300.323(c)", iep.Citations);
    }

    [Fact]
    public void Advise_NorthCarolinaDisagreementDated_LinksTheStatuteThatSetsTheYear()
    {
        var step = Advise(new CaseFacts { State = "NC", Stage = Stage.Disagreement, DisputedActionOn = new(2026, 5, 4) }).Require("consider-due-process");

        Assert.Contains(step.CitationLinks, l => l.Citation == "N.C. Gen. Stat. 115C-109.6(b)" && l.Url.StartsWith("https://www.ncleg.gov/", StringComparison.Ordinal));
        Assert.Equal(step.Citations, step.CitationLinks.Select(l => l.Citation));
    }

    [Fact]
    public void Advise_504PlanNotFollowed_CitesSection504NotOnlyIdea()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.Plan504, ServicesDelivered = false, DisputedActionOn = new(2026, 10, 1) });

        var services = advice.Require("request-services-delivered");
        Assert.Contains("504 plan", services.Why, StringComparison.Ordinal);
        Assert.Contains("34 CFR 104.33", services.Citations);
        Assert.Contains("34 CFR 104.35", services.Citations);
        Assert.Equal(new DateOnly(2027, 3, 30), advice.Require("file-ocr-complaint").DueBy);
        Assert.False(advice.Has("file-state-complaint"));
    }

    [Fact]
    public void Advise_ParentWantsToStopServices_ExplainsWhatRevocationMeans()
    {
        var step = Advise(new CaseFacts { Stage = Stage.IepInPlace, WantsToStopServices = true }).Require("revoke-consent");

        Assert.Equal("consent-revocation", step.Letter);
        Assert.Contains("in writing", step.Why, StringComparison.Ordinal);
        var explanation = new Steps.StepCatalog().Find("revoke-consent")!.Explanation;
        Assert.Contains("no special education discipline protections", explanation, StringComparison.Ordinal);
        Assert.Contains("new initial evaluation", explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_FifteenYearOldNextReviewInMarch_TransitionBelongsInThatIep()
    {
        var step = Advise(new CaseFacts { Stage = Stage.IepInPlace, ChildAge = 15, LastIepReviewOn = new(2026, 3, 1), MakingProgress = true })
            .Require("plan-transition");

        Assert.Equal(Urgency.Soon, step.Urgency);
        Assert.Equal(new DateOnly(2027, 3, 1), step.DueBy);
        Assert.Contains("turns 16", step.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_PennsylvaniaEvaluationReportDated_FirstIepCountsFromTheReport()
    {
        var step = Advise(new CaseFacts
        {
            State = "PA", Stage = Stage.EvaluationComplete, EvaluationCompletedOn = new(2026, 11, 10), HasEvaluationReport = true,
        }).Require("write-parent-concerns");

        Assert.Equal(new DateOnly(2026, 12, 10), step.DueBy);
        Assert.Contains("the written evaluation report", step.DeadlineRule, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_TexasReportDatedEligibilityNotYet_ArdMeetingWithin30Days() =>
        Assert.Equal(new DateOnly(2026, 12, 10), Advise(new CaseFacts
        {
            State = "TX", Stage = Stage.EvaluationComplete, EvaluationCompletedOn = new(2026, 11, 10), HasEvaluationReport = true,
        }).Require("write-parent-concerns").DueBy);

    [Fact]
    public void Advise_PutRequestInWriting_NeverSaysASpokenRequestDoesNotCount()
    {
        var why = Advise(new CaseFacts { Stage = Stage.EvaluationRequested, EvaluationRequestedOn = new(2026, 10, 20), RequestInWriting = false })
            .Require("put-request-in-writing").Why;

        Assert.DoesNotContain("makes the request count", why, StringComparison.Ordinal);
        Assert.Contains("proves", why, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_Dispute_ParentCenterGivesTheSharperReasonOnly()
    {
        var why = Advise(new CaseFacts { Stage = Stage.Disagreement }).Require("contact-parent-center").Why;

        Assert.Contains("Protection & Advocacy", why, StringComparison.Ordinal);
        Assert.DoesNotContain("at any stage", why, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_UnlistedStateDefaultPassed_SaysTheStateCheckOnce() =>
        Assert.DoesNotContain("so the dates here are federal", Advise(new CaseFacts { State = "OR", ConsentSignedOn = new(2026, 8, 1) })
            .Require("learn-state-process").Why, StringComparison.Ordinal);

    [GeneratedRegex(@"(?i)\bagain\b|turned down|said no to your request")]
    private static partial Regex Again();

    [GeneratedRegex(@"(?i)vuelva a pedir|le dijo que no a su solicitud|rechaz")]
    private static partial Regex AgainInSpanish();
}
