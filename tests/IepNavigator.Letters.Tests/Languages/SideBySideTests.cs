using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Letters.Rendering;

namespace IepNavigator.Letters.Tests.Languages;

/// <summary>The English letter and the Spanish copy in one .docx: a table pairing their paragraphs, then the advice in Spanish.</summary>
public sealed class SideBySideTests
{
    [Theory]
    [MemberData(nameof(TestLetters.Ids), MemberType = typeof(TestLetters))]
    public void SideBySide_IsATableWhoseRowsPairTheParagraphs(string id)
    {
        var fields = TestLetters.FullFields(id);
        var english = TestLetters.Renderer.Compose(id, fields, TestLetters.Facts, TestLetters.Today, "en").Value!;
        var spanish = TestLetters.Renderer.Compose(id, fields, TestLetters.Facts, TestLetters.Today, "es").Value!;

        var docx = TestLetters.Renderer.RenderSideBySide(id, fields, TestLetters.Facts, TestLetters.Today);

        Assert.True(docx.IsRendered);
        using var stream = new MemoryStream(docx.Value);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var table = Assert.Single(body.Elements<Table>());
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(CellText).ToList()).ToList();
        Assert.Equal(["English — for the school", "Español — su copia"], rows[0]);
        Assert.NotNull(table.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Equal(english.Letter.Count + 1, rows.Count);
        for (var i = 0; i < english.Letter.Count; i++)
        {
            Assert.Equal(2, rows[i + 1].Count);
            Assert.Equal(Shown(english.Letter[i]), rows[i + 1][0]);
            Assert.Equal(Shown(spanish.Letter[i]), rows[i + 1][1]);
        }

        // Then the advice on sending, in Spanish only, on its own page.
        var after = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal("Antes de enviar esta carta", after[0]);
        Assert.DoesNotContain(after, t => t.Contains("Before you send", StringComparison.Ordinal));
        Assert.Equal(spanish.Advice.Count, after.Count);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void SideBySide_DatesAndValues_AreInTheirColumnsLanguage_AndTheParentsValuesAsTyped()
    {
        var fields = TestLetters.FullFields("evaluation-request");
        fields["concernDetails"] = "Lee despacio {{ x }}";

        var docx = TestLetters.Renderer.Render(
            "evaluation-request", LetterFormat.Docx, fields, TestLetters.Facts, TestLetters.Today, LetterLanguages.SpanishWithEnglish);

        using var stream = new MemoryStream(docx.Value!.Content);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var firstRow = document.MainDocumentPart!.Document!.Body!.Descendants<TableRow>().Skip(1).First()
            .Elements<TableCell>().Select(CellText).ToList();
        Assert.Equal(["November 26, 2026", "26 de noviembre de 2026"], firstRow);
        var cells = document.MainDocumentPart.Document.Body.Descendants<TableCell>().Select(CellText).ToList();
        Assert.Equal(2, cells.Count(c => c.Contains("Lee despacio {{ x }}", StringComparison.Ordinal)));
        // The Spanish column is marked as Spanish for spelling and reading aloud.
        Assert.Contains(document.MainDocumentPart.Document.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Languages>(), l => l.Val?.Value == "es-US");
    }

    [Fact]
    public void SideBySide_MissingFields_IsNotRendered()
    {
        var result = TestLetters.Renderer.RenderSideBySide("records-request", new Dictionary<string, string?>(), new CaseFacts(), TestLetters.Today);

        Assert.False(result.IsRendered);
        Assert.Contains(result.MissingFields, f => f.Name == "childName");
    }

    [Fact]
    public void ParagraphCountsDiffer_FallsBackToEnglishThenSpanish()
    {
        var english = new LetterDocument("x", "Letter", TestLetters.Today,
        [
            new(LetterParagraphKind.Paragraph, ["November 26, 2026"]),
            new(LetterParagraphKind.Paragraph, ["One."]),
            new(LetterParagraphKind.Paragraph, ["Two."]),
            new(LetterParagraphKind.Section, ["Before you send this letter"]),
        ]);
        var spanish = new LetterDocument("x", "Carta", TestLetters.Today,
        [
            new(LetterParagraphKind.Paragraph, ["26 de noviembre de 2026"]),
            new(LetterParagraphKind.Paragraph, ["Uno y dos."]),
            new(LetterParagraphKind.Section, ["Antes de enviar esta carta"]),
            new(LetterParagraphKind.ListItem, ["Guarde una copia."]),
        ], "es");

        var docx = SideBySideDocxWriter.Write(english, "English — for the school", spanish, "Español — su copia");

        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var body = document.MainDocumentPart!.Document!.Body!;
        Assert.Empty(body.Elements<Table>());
        Assert.Equal(
            ["English — for the school", "November 26, 2026", "One.", "Two.", "Español — su copia", "26 de noviembre de 2026", "Uno y dos.",
             "Antes de enviar esta carta", "• Guarde una copia."],
            body.Elements<Paragraph>().Select(p => p.InnerText));
        Assert.NotNull(body.Elements<Paragraph>().ElementAt(4).ParagraphProperties?.PageBreakBefore);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    /// <summary>A cell's text as the letter shows it: line breaks as \n, list items with their bullet.</summary>
    private static string CellText(TableCell cell) =>
        string.Join("\n", cell.Elements<Paragraph>().Select(p => string.Concat(p.Descendants().Select(e => e switch
        {
            Text t => t.Text,
            Break => "\n",
            _ => string.Empty,
        }))));

    private static string Shown(LetterParagraph paragraph) =>
        (paragraph.Kind == LetterParagraphKind.ListItem ? "• " : "") + paragraph.Text;
}
