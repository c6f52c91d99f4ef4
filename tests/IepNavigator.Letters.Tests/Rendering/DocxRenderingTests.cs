using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Letters.Tests.Rendering;

public sealed class DocxRenderingTests
{
    [Theory]
    [MemberData(nameof(TestLetters.Ids), MemberType = typeof(TestLetters))]
    public void RenderDocx_FullFields_HasNameDateRequestAndEveryCitation(string id)
    {
        var result = TestLetters.Renderer.RenderDocx(id, TestLetters.FullFields(id), TestLetters.Facts, TestLetters.Today);

        Assert.True(result.IsRendered);
        var paragraphs = DocxText.Read(result.Value);
        var text = DocxText.AllText(result.Value);
        Assert.Equal(TestLetters.TodayText, paragraphs[0].Text);
        Assert.Contains("Maya Lopez", text, StringComparison.Ordinal);
        Assert.Contains("March 3, 2017", text, StringComparison.Ordinal);
        Assert.Contains("Lincoln Elementary School", text, StringComparison.Ordinal);
        var heading = Assert.Single(paragraphs, p => p.Style == "Heading1");
        Assert.Contains("Maya Lopez", heading.Text, StringComparison.Ordinal);
        Assert.All(TestLetters.Catalog.Find(id)!.Citations, c => Assert.Contains(c, text, StringComparison.Ordinal));
        Assert.Contains("November 26, 2026", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestLetters.Ids), MemberType = typeof(TestLetters))]
    public void RenderDocx_AsksForAWrittenAnswerByTheDeadlineDate(string id)
    {
        var template = TestLetters.Catalog.Find(id)!;
        // The one answer-date rule (AnswerDateTests pins its dates: the state's time to answer, else the letter's days).
        var answerBy = template.Deadline.DueAfter(TestLetters.Today, TestLetters.Facts).ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture);

        var result = TestLetters.Renderer.RenderDocx(id, TestLetters.FullFields(id), TestLetters.Facts, TestLetters.Today);

        Assert.Contains($"by {answerBy}", DocxText.AllText(result.Value!), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestLetters.Ids), MemberType = typeof(TestLetters))]
    public void RenderDocx_OnlyRequiredFieldsAndNoFacts_LeavesNoPlaceholderOrEmptyLine(string id)
    {
        var result = TestLetters.Renderer.RenderDocx(id, TestLetters.RequiredFieldsOnly(id), new CaseFacts(), TestLetters.Today);

        Assert.True(result.IsRendered);
        var paragraphs = DocxText.Read(result.Value);
        LetterAssertions.NoPlaceholders(DocxText.AllText(result.Value));
        Assert.All(paragraphs, p => Assert.All(p.Text.Split('\n'), line => Assert.False(string.IsNullOrWhiteSpace(line))));
        Assert.DoesNotContain(paragraphs, p => p.Text.StartsWith("cc:", StringComparison.Ordinal));
        LetterAssertions.NoEmptyFieldLine(paragraphs.Select(p => (p.Text, p.Style == "ListParagraph")).ToList());
    }

    [Theory]
    [MemberData(nameof(TestLetters.Ids), MemberType = typeof(TestLetters))]
    public void RenderDocx_FullFields_LeavesNoPlaceholder(string id)
    {
        var result = TestLetters.Renderer.RenderDocx(id, TestLetters.FullFields(id), TestLetters.Facts, TestLetters.Today);

        var paragraphs = DocxText.Read(result.Value!);
        LetterAssertions.NoPlaceholders(DocxText.AllText(result.Value!));
        LetterAssertions.NoEmptyFieldLine(paragraphs.Select(p => (p.Text, p.Style == "ListParagraph")).ToList());
        Assert.Contains(paragraphs, p => p.Text == "cc: Ms. Dana Whitfield, Principal, Lincoln Elementary School");
    }

    [Theory]
    [MemberData(nameof(TestLetters.Ids), MemberType = typeof(TestLetters))]
    public void RenderDocx_IsValidOpenXml(string id)
    {
        var fields = TestLetters.FullFields(id);
        fields["childName"] = "مريم O'Brien <b>\u0001";

        var result = TestLetters.Renderer.RenderDocx(id, fields, TestLetters.Facts, TestLetters.Today);

        using var stream = new MemoryStream(result.Value!);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void RenderDocx_PutsTheSendingAdviceInItsOwnSectionAfterTheSignature()
    {
        var result = TestLetters.Renderer.RenderDocx(
            "records-request", TestLetters.FullFields("records-request"), TestLetters.Facts, TestLetters.Today);

        var paragraphs = DocxText.Read(result.Value!).ToList();
        var section = paragraphs.FindIndex(p => p.Style == "Heading2");
        var signature = paragraphs.FindIndex(p => p.Text == "Sincerely,");
        Assert.True(section > signature && signature > 0);
        Assert.True(paragraphs[section].PageBreakBefore);
        Assert.Contains(paragraphs.Skip(section), p => p.Style == "ListParagraph" && p.Text.Contains("email", StringComparison.Ordinal));
    }

    [Fact]
    public void RenderDocx_MultiLineAddress_StaysOneParagraphWithALineBreak()
    {
        var result = TestLetters.Renderer.RenderDocx(
            "records-request", TestLetters.FullFields("records-request"), TestLetters.Facts, TestLetters.Today);

        var sender = DocxText.Read(result.Value!)[1];
        Assert.Equal("Rosa Lopez\n12 Oak Street\nSpringfield, IL 62701\nrosa.lopez@example.org\n555-0142", sender.Text);
    }

    [Fact]
    public void RenderDocx_UsesCaseFacts_ForDatesTheLetterMentions()
    {
        var result = TestLetters.Renderer.RenderDocx(
            "records-request", TestLetters.FullFields("records-request"), TestLetters.Facts, TestLetters.Today);

        Assert.Contains("An IEP meeting is planned for December 15, 2026.", DocxText.AllText(result.Value!), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderDocx_OptionalFieldMissing_DropsItsSentence()
    {
        var fields = TestLetters.FullFields("evaluation-request");
        fields.Remove("outsideReports");

        var result = TestLetters.Renderer.RenderDocx("evaluation-request", fields, TestLetters.Facts, TestLetters.Today);

        var text = DocxText.AllText(result.Value!);
        Assert.DoesNotContain("outside reports, which I am attaching", text, StringComparison.Ordinal);
        Assert.Contains("Example answer about what you have noticed", text, StringComparison.Ordinal);
    }
}
