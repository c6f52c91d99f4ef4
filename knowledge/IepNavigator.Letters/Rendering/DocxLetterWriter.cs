using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace IepNavigator.Letters.Rendering;

/// <summary>
/// Writes a letter as a .docx with real paragraphs: the heading in Heading1, list items as indented bullets,
/// and the sending advice on its own page (Heading2) so the letter prints without it.
/// </summary>
internal static class DocxLetterWriter
{
    public static byte[] Write(LetterDocument document)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = document.Title;
            var main = package.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = DocxStyles.Create();

            var body = new Body();
            foreach (var paragraph in document.Paragraphs)
            {
                body.Append(ToParagraph(paragraph));
            }

            body.Append(UsLetterPage());
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Paragraph ToParagraph(LetterParagraph paragraph)
    {
        var properties = new ParagraphProperties();
        var lines = paragraph.Lines;
        switch (paragraph.Kind)
        {
            case LetterParagraphKind.Heading:
                properties.Append(new ParagraphStyleId { Val = DocxStyles.Heading });
                break;
            case LetterParagraphKind.Section:
                properties.Append(new ParagraphStyleId { Val = DocxStyles.Section }, new PageBreakBefore());
                break;
            case LetterParagraphKind.ListItem:
                properties.Append(new ParagraphStyleId { Val = DocxStyles.ListItem });
                lines = [DocxStyles.Bullet + lines[0], .. lines.Skip(1)];
                break;
        }

        var run = new Run();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return new Paragraph(properties, run);
    }

    private static SectionProperties UsLetterPage() => new(
        new PageSize { Width = 12240U, Height = 15840U },
        new PageMargin { Top = 1440, Bottom = 1440, Left = 1440U, Right = 1440U, Header = 720U, Footer = 720U });
}
