using IepNavigator.IepReading.Content;
using IepNavigator.IepReading.Corpus;
using IepNavigator.IepReading.Facts;
using IepNavigator.IepReading.Model;
using IepNavigator.IepReading.Text;
using IepNavigator.Knowledge;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Steps;

namespace IepNavigator.IepReading.Tests.Reading;

/// <summary>What a parent gets from a read IEP: the parts, the facts it feeds the case with, and what to confirm.</summary>
public sealed class ReadingTests
{
    private static IepExtraction Read(string source, string name = "test")
    {
        var file = CorpusDocuments.RenderFile(CorpusSource.Parse(name, source));
        return Readers.Create().Read(file, Readers.Today);
    }

    [Fact]
    public void Facts_ThinIep_AdviceAsksForMeetingReevaluationAndProgressData()
    {
        var reading = Readers.Create().Read(CorpusDocuments.Get("10-birch-minimal").File, Readers.Today);
        IAdvisor advisor = new IepNavigator.Knowledge.Advising.Advisor();
        var before = new CaseFacts { Stage = Stage.IepInPlace, State = "TX" };
        var after = CaseFactFields.Overlay(before, IepFacts.ToCaseFacts(reading.Facts));

        Assert.Equal(new DateOnly(2022, 9, 5), after.LastEvaluationOn);
        Assert.Equal(false, after.GoalsMeasurable);
        // Whether progress reports arrive is the parent's to confirm: it is not laid over the case until then.
        Assert.Null(after.HasProgressReports);
        Assert.Equal(false, CaseFactFields.Overlay(before, IepFacts.ToCaseFacts(reading.Facts, includeUnconfirmed: true)).HasProgressReports);

        var stepsBefore = advisor.Advise(before, Readers.Today).Steps.Select(s => s.Id).ToList();
        var stepsAfter = advisor.Advise(after, Readers.Today).Steps.Select(s => s.Id).ToList();
        Assert.DoesNotContain(StepIds.RequestReevaluation, stepsBefore);
        Assert.Contains(StepIds.RequestReevaluation, stepsAfter);
        Assert.Contains(StepIds.RequestIepMeeting, stepsAfter);
    }

    [Fact]
    public void Facts_MeetingStillAhead_IsTheNextMeetingNotTheLastReview()
    {
        var reading = Read("@format docx\nStudent: Ana Ruiz\nIEP Meeting Date: 01/20/2027\n# Annual Goals\nGoal 1: By January 2028, Ana will read 80 words correct per minute, as measured by weekly probes.\n");
        Assert.Contains(reading.Facts, f => f.Name == FactNames.IepMeetingOn && (DateOnly)f.Value == new DateOnly(2027, 1, 20));
        Assert.DoesNotContain(reading.Facts, f => f.Name == FactNames.LastIepReviewOn);
    }

    [Fact]
    public void Dates_SpanishDocumentWithDayAndMonthBothUnderTwelve_AskedToConfirm()
    {
        var reading = Read("@format docx\nNombre del estudiante: Ana Ruiz\nFecha de la reunión: 03/04/2026\nPróxima revisión anual: 02/04/2027\nLa estudiante leerá en voz alta con la maestra de la clase todos los días.\n");
        Assert.Equal("es", reading.DocumentLanguage);
        Assert.Equal(new DateOnly(2026, 4, 3), reading.Dates.Meeting?.Value);
        Assert.True(reading.Dates.Meeting!.Ambiguous);
        Assert.Contains(reading.Unsure, u => u.Code == "date-ambiguous" && u.Value == "2026-04-03");
        Assert.Contains(reading.Facts, f => f.Name == FactNames.LastIepReviewOn && f.NeedsConfirmation);
    }

    [Fact]
    public void Dates_OnlyTheReevaluationDate_LastEvaluationDerivedAndConfirmed()
    {
        var reading = Read("@format docx\nStudent: Ana Ruiz\nNext Reevaluation Due: 09/30/2027\n");
        var fact = Assert.Single(reading.Facts, f => f.Name == FactNames.LastEvaluationOn);
        Assert.Equal(new DateOnly(2024, 9, 30), fact.Value);
        Assert.True(fact.NeedsConfirmation);
        Assert.Contains(reading.Unsure, u => u.Code == "last-evaluation-derived");
    }

    [Theory]
    [InlineData("30 minutes, 2 times per week", 30, 2, FrequencyPeriod.Week)]
    [InlineData("2x30 min weekly", 30, 2, FrequencyPeriod.Week)]
    [InlineData("45 min twice weekly", 45, 2, FrequencyPeriod.Week)]
    [InlineData("1 hour daily", 60, 1, FrequencyPeriod.Day)]
    [InlineData("20 min 3x/wk", 20, 3, FrequencyPeriod.Week)]
    [InlineData("15 minutes every other week", 15, 1, FrequencyPeriod.TwoWeeks)]
    [InlineData("150 minutes per week", 150, 1, FrequencyPeriod.Week)]
    [InlineData("30 minutos, 2 veces por semana", 30, 2, FrequencyPeriod.Week)]
    [InlineData("60 minutos diariamente", 60, 1, FrequencyPeriod.Day)]
    [InlineData("30 minutos una vez al mes", 30, 1, FrequencyPeriod.Month)]
    public void Amounts_AsSchoolsWriteThem_MinutesAndHowOften(string text, int minutes, int times, FrequencyPeriod per)
    {
        var words = ReadingContent.Vocabulary;
        var folded = Fold.Text(text);
        Assert.Equal(minutes, AmountText.Minutes(folded, words));
        Assert.Equal(new ServiceFrequency(times, per), AmountText.Frequency(folded, words));
    }

    [Theory]
    [InlineData("Progress will be reported: ☐ Each semester ☒ Quarterly ☐ Monthly", "quarterly")]
    [InlineData("[ ] Read aloud [X] Extended time", "extended time")]
    [InlineData("Method: ■ Written progress report ❏ Parent conference", "written progress report")]
    public void Checkboxes_OnlyTickedOptionsKept(string text, string kept)
    {
        var result = Checkboxes.KeepChecked(text, ReadingContent.Vocabulary);
        Assert.Contains(kept, result, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("semester", result, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("read aloud", result, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("conference", result, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Services_FieldMissing_FindingNamesIt()
    {
        var reading = Read("@format docx\nStudent: Ana Ruiz\n# Services\nAna will receive speech-language therapy for 30 minutes.\n");
        var service = Assert.Single(reading.Services);
        Assert.Null(service.Frequency);
        Assert.Contains(reading.Findings, f => f.Code == "service-missing-frequency" && f.Subject == service.Name);
        Assert.Contains(reading.Findings, f => f.Code == "service-missing-location");
    }

    [Fact]
    public void Services_MergedCellOnAPdfPage_TakenFromAboveAndConfirmed()
    {
        var reading = Readers.Create().Read(CorpusDocuments.Get("05-summit-merged").File, Readers.Today);
        var math = Assert.Single(reading.Services, s => s.Minutes == 20);
        Assert.Equal("Specialized Academic Instruction", math.Name);
        Assert.Contains("provider", math.FromMergedCells);
        Assert.Contains(reading.Unsure, u => u.Code == "service-merged-cell" && u.Subject == math.Name);
    }

    [Fact]
    public void Transition_SixteenWithAPlan_PartsFound()
    {
        var reading = Readers.Create().Read(CorpusDocuments.Get("06-harbor-transition").File, Readers.Today);
        Assert.Equal(TransitionStatus.Present, reading.Transition!.Status);
        Assert.True(reading.Transition.PostsecondaryGoals);
        Assert.True(reading.Transition.TransitionServices);
        Assert.True(reading.Transition.CourseOfStudy);
    }

    [Fact]
    public void Word_WithoutPageBreaks_PlacesAreParagraphs()
    {
        var reading = Readers.Create().Read(CorpusDocuments.Get("12-aspen-docx-narrative").File, Readers.Today);
        Assert.Equal(0, reading.Pages);
        Assert.True(reading.Paragraphs > 10);
        Assert.All(reading.Goals, g => Assert.True(g.At.Page is null && g.At.Paragraph > 0));
    }

    [Fact]
    public void Scanned_NoTextLayer_SaysItLooksLikeAScan()
    {
        var reading = Readers.Create().Read(CorpusDocuments.Get("09-oak-scanned").File, Readers.Today);
        Assert.Equal(ReadOutcome.LooksScanned, reading.Outcome);
        Assert.Equal(2, reading.Pages);
        Assert.False(reading.UsedOcr);
    }
}
