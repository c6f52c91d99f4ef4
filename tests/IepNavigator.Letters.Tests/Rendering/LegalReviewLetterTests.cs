using System.Text.Json;
using System.Text.RegularExpressions;
using Ical.Net;
using IepNavigator.Knowledge;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Letters.Tests.Rendering;

/// <summary>The letters the legal review fixed or added (issue 19), each checked for what a school or a state must read in it.</summary>
public sealed partial class LegalReviewLetterTests
{
    private static string Render(string id, CaseFacts facts, string language = "en", Dictionary<string, string?>? fields = null) =>
        TestLetters.Renderer.RenderText(id, fields ?? TestLetters.FullFields(id), facts, TestLetters.Today, language).Value!;

    /// <summary>The rules citations.json knows, read from the knowledge assembly's embedded file.</summary>
    private static HashSet<string> KnownCitations()
    {
        using var stream = typeof(IAdvisor).Assembly.GetManifestResourceStream("IepNavigator.Knowledge.Content.citations.json")!;
        using var json = JsonDocument.Parse(stream);
        return json.RootElement.GetProperty("rules").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestLetters.Ids), MemberType = typeof(TestLetters))]
    public void Template_EveryCitation_IsInCitationsJson(string id)
    {
        var known = KnownCitations();

        Assert.All(TestLetters.Catalog.Find(id)!.Citations, c => Assert.Contains(c, known));
    }

    /// <summary>A rule as a letter's text names it: federal regulations and the state codes our letters quote.</summary>
    [GeneratedRegex(@"34 CFR \d+\.\d+(?:\([a-z0-9]+\))*|Education Code \d+(?:\.\d+)?|19 TAC [\d.]+(?:\([a-z0-9]+\))*|603 CMR [\d.]+(?:\([a-z0-9]+\))*")]
    private static partial Regex CitedRule();

    public static TheoryData<string, string> LettersInBothLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var letter in TestLetters.Catalog.AllIn("en"))
        {
            data.Add(letter.Id, "en");
            data.Add(letter.Id, "es");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(LettersInBothLanguages))]
    public void Text_EveryRuleItCites_IsInCitationsJson(string id, string language)
    {
        // The issue's rule: every section the product cites is in citations.json. Front matter was checked, the text
        // was not (Education Code 56504, 19 TAC 89.1050(e) and "300.532(c)(3)" were cited and not there).
        var known = KnownCitations();
        var cases = new[]
        {
            new CaseFacts { State = "CA", Stage = Stage.Discipline, DisciplineChangeOfPlacementOn = new(2026, 11, 16), DaysRemovedThisYear = 12 },
            new CaseFacts { State = "TX", Stage = Stage.Plan504, DisputedActionOn = new(2026, 10, 1), IepMeetingOn = new(2026, 12, 10) },
            new CaseFacts { State = "MA", Stage = Stage.IepInPlace, HasIep = true, RecordsRequestedOn = new(2026, 9, 1) },
        };

        var cited = cases.SelectMany(f => CitedRule().Matches(Render(id, f, language)).Select(m => m.Value)).Distinct();

        Assert.All(cited, c => Assert.Contains(c, known));
    }

    [Fact]
    public void OverdueTimeline_RecordsOverdue_NamesTheRecordsRuleNotTheEvaluationRule()
    {
        // The old letter always cited the 60-day evaluation rule, whatever deadline had passed.
        var text = Render("overdue-timeline", new CaseFacts { State = "OH", RecordsRequestedOn = new(2026, 9, 1) });

        Assert.Contains("access to the records: due by October 16, 2026 (34 CFR 300.613(a))", text, StringComparison.Ordinal);
        Assert.DoesNotContain("your child", text, StringComparison.Ordinal); // written to the school, not to the parent
        Assert.Contains("34 CFR 300.613(a)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("300.301", text, StringComparison.Ordinal);
    }

    [Fact]
    public void OverdueTimeline_InSpanish_NamesTheDeadlineInSpanishWithItsRule()
    {
        var text = Render("overdue-timeline", new CaseFacts { State = "WA", ConsentSignedOn = new(2026, 9, 1) }, "es");

        Assert.Contains("la evaluación inicial: vencía el 22 de octubre de 2026 aproximadamente", text, StringComparison.Ordinal); // school days: an estimate
        Assert.Contains("WAC 392-172A-03005", text, StringComparison.Ordinal);
    }

    [Fact]
    public void OverdueTimeline_FederalDefaultOnlyInAnUnknownState_ListsNoMissedDeadline() =>
        Assert.DoesNotContain("these required deadlines have passed", Render("overdue-timeline", new CaseFacts { ConsentSignedOn = new(2026, 8, 1) }),
            StringComparison.Ordinal);

    [Fact]
    public void RecordsRequest_AsksToInspectAndSaysCopiesAreOwedWhenNeededForAccess()
    {
        var text = Render("records-request", new CaseFacts { State = "OH" });

        Assert.Contains("inspect and review all educational records", text, StringComparison.Ordinal);
        Assert.Contains("must provide copies when I could not otherwise inspect them", text, StringComparison.Ordinal);
        Assert.Contains("within 45 days", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordsRequest_California_AsksForCopiesWithinFiveBusinessDays() =>
        Assert.Contains("within 5 business days of asking (Education Code 56504)", Render("records-request", new CaseFacts { State = "CA" }),
            StringComparison.Ordinal);

    [Theory]
    [InlineData("en", "by December 3, 2026", "within 45 days")]
    [InlineData("es", "a más tardar el 3 de diciembre de 2026", "dentro de 45 días")]
    public void RecordsRequest_California_AsksForTheRecordsWithinTheFiveBusinessDaysNotLater(string language, string fiveBusinessDays, string federalLimit)
    {
        // The letter quoted Ed. Code 56504's 5 business days, then asked for the records in 10 days and "in any case
        // within 45 days": a school could answer on the parent's own, later dates.
        var facts = new CaseFacts { State = "CA" };
        var text = Render("records-request", facts, language);

        Assert.Contains(fiveBusinessDays, text, StringComparison.Ordinal); // Thanksgiving is not a business day
        Assert.DoesNotContain(federalLimit, text, StringComparison.Ordinal);
        var ics = TestLetters.Renderer.RenderIcs("records-request", TestLetters.FullFields("records-request"), facts, TestLetters.Today).Value!;
        Assert.Equal(new DateTime(2026, 12, 3), Calendar.Load(ics)!.Events.Single().Start!.Value.Date);
    }

    [Fact]
    public void RecordsRequest_OtherState_KeepsItsOwnTenDaysAndTheFederal45() =>
        Assert.Contains("I would be grateful to have the records by December 6, 2026. In any case the law requires access without unnecessary delay, before any IEP meeting or hearing, and within 45 days",
            Render("records-request", new CaseFacts { State = "OH" }), StringComparison.Ordinal);

    [Fact]
    public void RecordsRequest_CalendarReminder_DoesNotSayTodayIsTheDayYouAsked()
    {
        var ics = TestLetters.Renderer.RenderIcs("records-request", TestLetters.FullFields("records-request"), TestLetters.Facts, TestLetters.Today).Value!;
        var description = Calendar.Load(ics)!.Events.Single().Description!;

        Assert.DoesNotContain("the date you asked for them is today", description, StringComparison.Ordinal);
        Assert.Contains("45 days after your request", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Section504Request_SaysSubstantiallyLimitsAsksForNoticeAndNamesTheHearing()
    {
        var text = Render("section-504-request", new CaseFacts());

        Assert.Contains("substantially limits one or more major life activities", text, StringComparison.Ordinal);
        Assert.Contains("written notice of that decision and its reasons", text, StringComparison.Ordinal);
        Assert.Contains("impartial hearing (34 CFR 104.36)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ServicesNotDelivered_504Plan_CitesSection504NotTheIepRules()
    {
        var text = Render("services-not-delivered", new CaseFacts { Stage = Stage.Plan504 });

        Assert.Contains("34 CFR 104.33", text, StringComparison.Ordinal);
        Assert.Contains("34 CFR 104.35", text, StringComparison.Ordinal);
        Assert.DoesNotContain("300.323", text, StringComparison.Ordinal);
        Assert.DoesNotContain("300.613", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ServicesNotDelivered_Iep_CitesTheIepRulesOnly()
    {
        var text = Render("services-not-delivered", new CaseFacts { Stage = Stage.IepInPlace });

        Assert.Contains("34 CFR 300.323", text, StringComparison.Ordinal);
        Assert.DoesNotContain("104.33", text, StringComparison.Ordinal);
    }

    [Fact]
    public void StateComplaint_HasEveryElementOf300_153b()
    {
        var text = Render("state-complaint", new CaseFacts());

        foreach (var part in new[]
        {
            "has violated a requirement of Part B", "Example answer about the facts, with dates", "Rosa Lopez", "rosa.lopez@example.org",
            "Maya Lopez, who lives at Example answer about your child's home address", "attends Lincoln Elementary School",
            "Example answer about the rule the school broke", "A proposed resolution of the problem: Example answer about how it should be fixed",
            "sending a copy to the school district at the same time",
        })
        {
            Assert.Contains(part, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void DueProcessComplaint_HasEveryElementOf300_508bAndAsksForTheResolutionMeeting()
    {
        var text = Render("due-process-complaint", new CaseFacts { DisputedActionOn = new(2026, 10, 2) });

        Assert.Contains("Maya Lopez, who lives at Example answer about your child's home address and attends Lincoln Elementary School", text, StringComparison.Ordinal);
        Assert.Contains("the facts: Example answer about the problem, with facts", text, StringComparison.Ordinal);
        Assert.Contains("The resolution I propose, as far as I know now: Example answer", text, StringComparison.Ordinal);
        Assert.Contains("took place on October 2, 2026", text, StringComparison.Ordinal);
        Assert.Contains("resolution meeting within 15 days", text, StringComparison.Ordinal);
        Assert.Contains("(34 CFR 300.518(a))", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DueProcessComplaint_Discipline_AsksForAnExpeditedHearingNotStayPut()
    {
        var text = Render("due-process-complaint", new CaseFacts { Stage = Stage.Discipline });

        Assert.Contains("expedited hearing (34 CFR 300.532)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("300.518", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "resolution meeting within 7 days", "December 3, 2026", "within 15 days")]
    [InlineData("es", "reunión de resolución dentro de los 7 días", "3 de diciembre de 2026", "dentro de los 15 días")]
    public void DueProcessComplaint_Discipline_AsksForTheExpeditedSevenDayMeetingAndDatesItSo(string language, string sevenDays, string dueBy, string fifteenDays)
    {
        // An expedited hearing's resolution meeting is due in 7 days (34 CFR 300.532(c)(3)(i)), not the regular 15.
        var facts = new CaseFacts { Stage = Stage.Discipline, HasIep = true, DisciplineChangeOfPlacementOn = new(2026, 11, 16) };
        var text = Render("due-process-complaint", facts, language);

        Assert.Contains(sevenDays, text, StringComparison.Ordinal);
        Assert.Contains(dueBy, text, StringComparison.Ordinal);
        Assert.Contains("34 CFR 300.532(c)(2)", text, StringComparison.Ordinal);
        Assert.DoesNotContain(fifteenDays, text, StringComparison.Ordinal);
        var ics = TestLetters.Renderer.RenderIcs("due-process-complaint", TestLetters.FullFields("due-process-complaint"), facts, TestLetters.Today).Value!;
        Assert.Equal(new DateTime(2026, 12, 3), Calendar.Load(ics)!.Events.Single().Start!.Value.Date);
    }

    [Fact]
    public void DueProcessComplaint_NotDiscipline_KeepsTheFifteenDayMeeting() =>
        Assert.Contains("by December 11, 2026 if it reaches you today", Render("due-process-complaint", new CaseFacts { Stage = Stage.Disagreement }),
            StringComparison.Ordinal);

    [Fact]
    public void ManifestationReviewRequest_TotalOverTen_AsksWhetherTheSchoolCallsItAPattern()
    {
        var text = Render("manifestation-review-request", new CaseFacts { DaysRemovedThisYear = 13 });

        Assert.Contains("removed for 13 school days this school year", text, StringComparison.Ordinal);
        Assert.Contains("whether the district considers these removals a pattern", text, StringComparison.Ordinal);
        Assert.Contains("keep receiving educational services", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "unless it had done one before the behavior", "special circumstances of 34 CFR 300.530(g)")]
    [InlineData("es", "salvo que ya hubiera hecho una antes de la conducta", "circunstancias especiales de 34 CFR 300.530(g)")]
    public void ManifestationReviewRequest_ReturnToPlacement_NamesTheSpecialCircumstancesException(string language, string earlierFba, string exception)
    {
        // A school's lawyer reads "must return the child unless we agree otherwise" as a misstatement when the removal
        // was for weapons, drugs or serious bodily injury (300.530(f)(2) is "except as provided in (g)").
        var text = Render("manifestation-review-request", new CaseFacts { DaysRemovedThisYear = 12 }, language);

        Assert.Contains(earlierFba, text, StringComparison.Ordinal);
        Assert.Contains(exception, text, StringComparison.Ordinal);
    }

    [Fact]
    public void ManifestationReviewRequest_DatedChange_SaysTheDecisionDate() =>
        Assert.Contains("decided on November 20, 2026 a removal", Render("manifestation-review-request",
            new CaseFacts { DisciplineChangeOfPlacementOn = new(2026, 11, 20) }), StringComparison.Ordinal);

    [Fact]
    public void ExpeditedEvaluationRequest_SaysTheEvaluationMustBeExpeditedAndWhatCountsAsKnowing()
    {
        var text = Render("expedited-evaluation-request", new CaseFacts());

        Assert.Contains("must be conducted in an expedited manner (34 CFR 300.534(d)(2))", text, StringComparison.Ordinal);
        Assert.Contains("before the behavior", text, StringComparison.Ordinal);
    }

    [Fact]
    public void StayPutNotice_ObjectsAndCitesStayPut()
    {
        var text = Render("stay-put-notice", new CaseFacts { PlacementChangeProposedOn = new(2026, 11, 12) });

        Assert.Contains("On November 12, 2026 the district proposed to change", text, StringComparison.Ordinal);
        Assert.Contains("I do not agree with this change", text, StringComparison.Ordinal);
        Assert.Contains("(34 CFR 300.518(a))", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsentRevocation_SaysWhatStoppingMeans()
    {
        var text = Render("consent-revocation", new CaseFacts());

        Assert.Contains("revoke my consent for the continued provision of all special education", text, StringComparison.Ordinal);
        Assert.Contains("discipline protections", text, StringComparison.Ordinal);
        Assert.Contains("initial evaluation", text, StringComparison.Ordinal);
    }

    [Fact]
    public void OcrComplaint_NamesSection504AndThe180Days()
    {
        var text = Render("ocr-complaint", new CaseFacts { DisputedActionOn = new(2026, 10, 5) });

        Assert.Contains("within 180 days of the discrimination (34 CFR 100.7(b))", text, StringComparison.Ordinal);
        Assert.Contains("took place on October 5, 2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FollowUp_IsPoliteAndClaimsNoMissedLegalDeadline()
    {
        // What the school reads: the letter up to the signature, not the advice to the parent after it.
        var text = Render("follow-up", new CaseFacts());
        var letter = text[..text.IndexOf("Sincerely,", StringComparison.Ordinal)];

        Assert.Contains("I am following up on my earlier letter", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("has passed", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("deadline", letter, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ConcernsLog_SaysTheChildMayNeedSpecialEducation_AsABasisOfKnowledgeRequires() =>
        // 34 CFR 300.534(b)(1): the written concern must be that the child needs special education and related services.
        Assert.Contains("may need special education and related services", Render("concerns-log", TestLetters.Facts), StringComparison.Ordinal);

    [Fact]
    public void IepMeetingRequest_Texas_SaysMeetOrRefuseInWritingWithinFiveSchoolDays()
    {
        var text = Render("iep-meeting-request", TestLetters.Facts with { State = "TX" });

        Assert.Contains("within 5 school days, to explain in writing why it refuses (19 TAC 89.1050(e))", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderStepIcs_DatedStep_PutsItOnItsDayWithTheReasonAndRule()
    {
        var step = new NextStep
        {
            Id = "prepare-resolution-meeting", Title = "Prepare for the resolution meeting", Why = "The meeting must be held by December 5, 2026.",
            DueBy = new DateOnly(2026, 12, 5), DeadlineRule = "federal: 15 calendar days, under 34 CFR 300.510(a)(1)",
        };

        var calendarEvent = Assert.Single(Calendar.Load(LetterRenderer.RenderStepIcs(step)!)!.Events);

        Assert.Equal(new DateOnly(2026, 12, 5), DateOnly.FromDateTime(calendarEvent.DtStart!.Value));
        Assert.Equal("Prepare for the resolution meeting", calendarEvent.Summary);
        Assert.Contains("34 CFR 300.510(a)(1)", calendarEvent.Description, StringComparison.Ordinal);
        Assert.Single(calendarEvent.Alarms);
    }

    [Fact]
    public void RenderStepIcs_UndatedStep_IsNull() =>
        Assert.Null(LetterRenderer.RenderStepIcs(new NextStep { Id = "contact-parent-center", Title = "Contact", Why = "Free help." }));
}
