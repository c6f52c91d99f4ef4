using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace IepNavigator.Triage.AdvocateConsole;

/// <summary>
/// The brief as a Word document, in the console page's order: a styles part of its own (Title, Heading 1, List
/// Bullet, Normal), so every heading resolves and Word's navigation pane lists the sections; the parent's own words
/// carry their language (w:lang), so spelling and read-aloud treat them right.
/// </summary>
public static class PacketDocxExporter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The style ids the document uses; each is defined in the styles part.</summary>
    public static IReadOnlyList<string> StyleIds { get; } = ["Normal", "Title", "Heading1", "ListBullet", "Alert"];

    public static byte[] Export(Brief brief, string language)
    {
        ArgumentNullException.ThrowIfNull(brief);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = Styles(language);
            styles.Styles.Save();
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = Bullets();
            numbering.Numbering.Save();

            var body = new Body();
            body.Append(Paragraph(brief.Title, "Title"));
            foreach (var line in brief.Glance)
            {
                body.Append(Paragraph(line, "Normal"));
            }
            foreach (var section in brief.Sections)
            {
                body.Append(Paragraph(section.Heading, "Heading1"));
                foreach (var line in section.Lines)
                {
                    body.Append(Line(line));
                }
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 12240U, Height = 15840U },
                new PageMargin { Top = 1080, Bottom = 1080, Left = 1080U, Right = 1080U, Header = 720U, Footer = 720U }));
            main.Document = new Document(body);
            main.Document.Save();
            document.PackageProperties.Title = brief.Title;
            document.PackageProperties.Language = language;
        }

        return stream.ToArray();
    }

    private static Paragraph Line(BriefLine line)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = line.Emphasis == BriefEmphasis.Alert ? "Alert" : "ListBullet" }));
        if (line.Label is { } label)
        {
            paragraph.Append(new Run(Text(label + " ")));
        }
        if (line.Lang is { } lang)
        {
            // The parent's words: in their language, then a note in the advocates' language.
            paragraph.Append(new Run(new RunProperties(new Languages { Val = lang == "es" ? "es-US" : "en-US" }), Text(line.Text)));
            if (line.Note is { } note)
            {
                paragraph.Append(new Run(new RunProperties(new Italic()), Text($" ({note})")));
            }
        }
        else
        {
            paragraph.Append(new Run(Text(line.Text)));
        }
        return paragraph;
    }

    private static Paragraph Paragraph(string text, string style) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(Text(text)));

    private static Text Text(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };

    private const int BulletList = 1;

    /// <summary>One bullet list definition, used by the List Bullet style (so the bullets are Word's, not typed characters).</summary>
    private static Numbering Bullets() => new(
        new AbstractNum(
            new Level(
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = "\u2022" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "360", Hanging = "240" }))
            { LevelIndex = 0 })
        { AbstractNumberId = 0 },
        new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = BulletList });

    private static Styles Styles(string language)
    {
        var tag = language == "es" ? "es-US" : "en-US";
        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                    new FontSize { Val = "22" }, new Languages { Val = tag })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "80", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(
                new StyleName { Val = "Title" }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
                new StyleParagraphProperties(new SpacingBetweenLines { After = "160" }),
                new StyleRunProperties(new Bold(), new FontSize { Val = "40" }, new Color { Val = "1B1B1B" }))
            { Type = StyleValues.Paragraph, StyleId = "Title" },
            new Style(
                new StyleName { Val = "heading 1" }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
                new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "80" }, new OutlineLevel { Val = 0 }),
                new StyleRunProperties(new Bold(), new FontSize { Val = "28" }, new Color { Val = "0B4F9C" }))
            { Type = StyleValues.Paragraph, StyleId = "Heading1" },
            new Style(
                new StyleName { Val = "List Bullet" }, new BasedOn { Val = "Normal" }, new PrimaryStyle(),
                new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = BulletList }), new Indentation { Left = "360", Hanging = "240" }))
            { Type = StyleValues.Paragraph, StyleId = "ListBullet" },
            new Style(
                new StyleName { Val = "Alert" }, new BasedOn { Val = "ListBullet" }, new PrimaryStyle(),
                new StyleRunProperties(new Bold(), new Color { Val = "8B0000" }))
            { Type = StyleValues.Paragraph, StyleId = "Alert" });
    }
}
