using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using IepNavigator.Knowledge.Content;

namespace IepNavigator.Letters.Rendering;

/// <summary>
/// Writes a letter as a .docx with real paragraphs: the heading in Heading1, list items as indented bullets,
/// and the sending advice on its own page (Heading2) so the letter prints without it. The document's language
/// (spelling, hyphenation) is the letter's.
/// </summary>
internal static class DocxLetterWriter
{
    public static byte[] Write(LetterDocument document) =>
        Package(document.Title, ContentLanguage.Tag(document.Language), body =>
        {
            foreach (var paragraph in document.Paragraphs)
            {
                body.Append(ToParagraph(paragraph));
            }
        });

    /// <summary>A .docx with the letter styles (in <paramref name="languageTag"/>) whose body <paramref name="fill"/> writes.</summary>
    internal static byte[] Package(string title, string languageTag, Action<Body> fill)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = title;
            package.PackageProperties.Language = languageTag;
            var main = package.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = DocxStyles.Create(languageTag);

            var body = new Body();
            fill(body);
            body.Append(UsLetterPage());
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    /// <summary>
    /// One letter paragraph. <paramref name="languageTag"/> marks its text as another language than the
    /// document's (the parent's copy beside the English letter).
    /// </summary>
    internal static Paragraph ToParagraph(LetterParagraph paragraph, string? languageTag = null)
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

        return new Paragraph(properties, TextRun(lines, languageTag, bold: false));
    }

    /// <summary>A run of lines (a line break between each), optionally bold and in another language.</summary>
    internal static Run TextRun(IReadOnlyList<string> lines, string? languageTag, bool bold)
    {
        var run = new Run();
        if (languageTag is not null || bold)
        {
            // Schema order inside rPr: b before lang.
            var runProperties = new RunProperties();
            if (bold)
            {
                runProperties.Append(new Bold());
            }

            if (languageTag is not null)
            {
                runProperties.Append(new Languages { Val = languageTag });
            }

            run.Append(runProperties);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    private static SectionProperties UsLetterPage() => new(
        new PageSize { Width = 12240U, Height = 15840U },
        new PageMargin { Top = 1440, Bottom = 1440, Left = 1440U, Right = 1440U, Header = 720U, Footer = 720U });
}
