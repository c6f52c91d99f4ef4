using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Ical.Net;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Letters.Rendering;
using IepNavigator.Letters.Tests.Rendering;

namespace IepNavigator.Letters.Tests.Languages;

/// <summary>Every letter renders in Spanish: no Liquid left, dates and concern names in Spanish, the parent's values as typed.</summary>
public sealed class SpanishRenderingTests
{
    private const string TodayEs = "26 de noviembre de 2026";

    [Theory]
    [MemberData(nameof(TestLetters.Ids), MemberType = typeof(TestLetters))]
    public void RenderDocx_Spanish_FullFields_HasSpanishDatesAndNoPlaceholder(string id)
    {
        var template = TestLetters.Catalog.Find(id, "es")!;
        // The one answer-date rule (AnswerDateTests pins its dates); the letter writes it in Spanish.
        var answerBy = PlainDates.Long(template.Deadline.DueAfter(TestLetters.Today, TestLetters.Facts), "es");

        var result = TestLetters.Renderer.RenderDocx(id, TestLetters.FullFields(id), TestLetters.Facts, TestLetters.Today, "es");

        Assert.True(result.IsRendered);
        var paragraphs = DocxText.Read(result.Value);
        var text = DocxText.AllText(result.Value);
        Assert.Equal(TodayEs, paragraphs[0].Text);
        Assert.Contains(answerBy, text, StringComparison.Ordinal);
        Assert.Matches(@"\d+ de (noviembre|diciembre|enero) de 20\d\d", text);
        Assert.DoesNotContain("November", text, StringComparison.Ordinal);
        Assert.DoesNotContain("December", text, StringComparison.Ordinal);
        LetterAssertions.NoPlaceholders(text);
        Assert.Contains("Maya Lopez", Assert.Single(paragraphs, p => p.Style == "Heading1").Text, StringComparison.Ordinal);
        Assert.All(template.Citations, c => Assert.Contains(c, text, StringComparison.Ordinal));
        // What the parent typed goes in as typed, in English or not.
        Assert.Contains("March 3, 2017", text, StringComparison.Ordinal);
        Assert.Contains("Director of Special Education", text, StringComparison.Ordinal);
        Assert.Contains(paragraphs, p => p.Style == "Heading2" && p.Text == "Antes de enviar esta carta");
    }

    [Theory]
    [MemberData(nameof(TestLetters.Ids), MemberType = typeof(TestLetters))]
    public void RenderText_Spanish_OnlyRequiredFieldsAndNoFacts_LeavesNoPlaceholder(string id)
    {
        var result = TestLetters.Renderer.RenderText(id, TestLetters.RequiredFieldsOnly(id), new CaseFacts(), TestLetters.Today, "es");

        Assert.True(result.IsRendered);
        LetterAssertions.NoPlaceholders(result.Value);
        Assert.StartsWith(TodayEs + "\n", result.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("c. c.:", result.Value, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestLetters.Ids), MemberType = typeof(TestLetters))]
    public void RenderDocx_Spanish_IsValidOpenXml_InSpanish(string id)
    {
        var result = TestLetters.Renderer.RenderDocx(id, TestLetters.FullFields(id), TestLetters.Facts, TestLetters.Today, "es");

        using var stream = new MemoryStream(result.Value!);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        Assert.Equal("es-US", document.PackageProperties.Language);
    }

    [Fact]
    public void Facts_DatesAndConcerns_AreWrittenInSpanish()
    {
        var records = TestLetters.Renderer.RenderText(
            "records-request", TestLetters.FullFields("records-request"), TestLetters.Facts, TestLetters.Today, "es").Value!;
        var evaluation = TestLetters.Renderer.RenderText(
            "evaluation-request", TestLetters.FullFields("evaluation-request"), TestLetters.Facts, TestLetters.Today, "es").Value!;

        Assert.Contains("15 de diciembre de 2026", records, StringComparison.Ordinal); // facts.iepMeetingOn
        Assert.Contains("- lectura\n", evaluation, StringComparison.Ordinal);
        Assert.Contains("- atención y concentración\n", evaluation, StringComparison.Ordinal);
        Assert.DoesNotContain("reading", evaluation, StringComparison.Ordinal);
    }

    [Fact]
    public void NoLanguage_FollowsTheCurrentOne()
    {
        var fields = TestLetters.FullFields("records-request");
        string text;
        using (ContentLanguage.Begin("es"))
        {
            text = TestLetters.Renderer.RenderText("records-request", fields, TestLetters.Facts, TestLetters.Today).Value!;
        }

        Assert.StartsWith(TodayEs, text, StringComparison.Ordinal);
        Assert.Equal(TestLetters.Renderer.RenderText("records-request", fields, TestLetters.Facts, TestLetters.Today, "es").Value, text);
    }

    [Fact]
    public void HostileValues_StayAsTyped_InSpanish()
    {
        var fields = TestLetters.FullFields("records-request");
        fields["childName"] = "{{ 7 | times: 7 }} <b>José</b> مريم";

        var text = TestLetters.Renderer.RenderText("records-request", fields, TestLetters.Facts, TestLetters.Today, "es").Value!;

        Assert.Contains("{{ 7 | times: 7 }} <b>José</b> مريم", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderIcs_Spanish_HasTheSpanishTitleAndDate()
    {
        var template = TestLetters.Catalog.Find("evaluation-request", "es")!;

        var ics = TestLetters.Renderer.RenderIcs(
            "evaluation-request", TestLetters.FullFields("evaluation-request"), TestLetters.Facts, TestLetters.Today, "es");

        var calendarEvent = Assert.Single(Calendar.Load(ics.Value!)!.Events);
        Assert.Equal(template.Deadline.Title, calendarEvent.Summary);
        // Illinois: 14 school days to answer an evaluation request, counted from Thanksgiving (AnswerDateTests).
        Assert.Contains("17 de diciembre de 2026", calendarEvent.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderIcs_ATitleWhereTheLanguageGoes_FailsLoudly()
    {
        Assert.Throws<ArgumentException>(() => TestLetters.Renderer.RenderIcs(
            "evaluation-request", TestLetters.FullFields("evaluation-request"), TestLetters.Facts, TestLetters.Today, "Evaluation due"));
    }

    [Theory]
    [InlineData(LetterFormat.Txt, "es", "records-request-2026-11-26-es.txt")]
    [InlineData(LetterFormat.Docx, "es", "records-request-2026-11-26-es.docx")]
    [InlineData(LetterFormat.Ics, "es", "records-request-2026-11-26-es.ics")]
    [InlineData(LetterFormat.Docx, "en", "records-request-2026-11-26.docx")]
    [InlineData(LetterFormat.Docx, "es-en", "records-request-2026-11-26-es-en.docx")]
    public void Render_NamesTheFileByLetterDateAndLanguage(LetterFormat format, string language, string fileName)
    {
        var result = TestLetters.Renderer.Render(
            "records-request", format, TestLetters.FullFields("records-request"), TestLetters.Facts, TestLetters.Today, language);

        Assert.Equal(fileName, result.Value!.FileName);
    }

    [Theory]
    [InlineData(LetterFormat.Txt)]
    [InlineData(LetterFormat.Ics)]
    public void Render_SideBySide_IsADocxOnly(LetterFormat format)
    {
        Assert.Throws<ArgumentException>(() => TestLetters.Renderer.Render(
            "records-request", format, TestLetters.FullFields("records-request"), TestLetters.Facts, TestLetters.Today, LetterLanguages.SpanishWithEnglish));
    }

    [Fact]
    public void MissingFields_AreTheSame_InEveryLanguage()
    {
        var fields = TestLetters.FullFields("records-request");
        fields.Remove("school");

        var english = TestLetters.Renderer.FindMissingFields("records-request", fields, "en");
        var spanish = TestLetters.Renderer.FindMissingFields("records-request", fields, "es");

        Assert.Equal(english.Select(f => f.Name), spanish.Select(f => f.Name));
        Assert.NotEqual(english[0].Question, spanish[0].Question);
    }

    [Theory]
    [InlineData("en", true, "en")]
    [InlineData("ES", true, "es")]
    [InlineData("es-en", true, "es-en")]
    [InlineData(null, true, "en")]
    [InlineData("fr", false, "en")]
    [InlineData("es-US", false, "en")]
    public void LetterLanguages_TryParse_TakesOnlyTheThreeValues(string? text, bool ok, string language)
    {
        Assert.Equal(ok, LetterLanguages.TryParse(text, out var parsed));
        Assert.Equal(language, parsed);
    }
}
