using DocumentFormat.OpenXml.Wordprocessing;

namespace IepNavigator.Letters.Rendering;

/// <summary>The few paragraph styles a letter uses; defined in the file so every word processor shows them alike.</summary>
internal static class DocxStyles
{
    public const string Normal = "Normal";
    public const string Heading = "Heading1";
    public const string Section = "Heading2";
    public const string ListItem = "ListParagraph";
    public const string Bullet = "• ";

    /// <summary>The styles, with <paramref name="languageTag"/> ("en-US", "es-US") as the document's language.</summary>
    public static Styles Create(string languageTag) => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Arial" },
                new FontSize { Val = "22" },
                new Languages { Val = languageTag })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "160", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle())
        {
            Type = StyleValues.Paragraph, StyleId = Normal, Default = true,
        },
        Paragraph(Heading, "heading 1", bold: true, halfPoints: "28", spaceBefore: "240"),
        Paragraph(Section, "heading 2", bold: true, halfPoints: "24", spaceBefore: "0"),
        new Style(
            new StyleName { Val = "List Paragraph" },
            new BasedOn { Val = Normal },
            // Schema order inside pPr: spacing before indentation.
            new StyleParagraphProperties(
                new SpacingBetweenLines { After = "60" },
                new Indentation { Left = "360", Hanging = "216" }))
        {
            Type = StyleValues.Paragraph, StyleId = ListItem,
        });

    private static Style Paragraph(string id, string name, bool bold, string halfPoints, string spaceBefore) => new(
        new StyleName { Val = name },
        new BasedOn { Val = Normal },
        new NextParagraphStyle { Val = Normal },
        new PrimaryStyle(),
        new StyleParagraphProperties(
            new KeepNext(),
            new SpacingBetweenLines { Before = spaceBefore, After = "160" }),
        new StyleRunProperties(bold ? new Bold() : new Bold { Val = false }, new FontSize { Val = halfPoints }))
    {
        Type = StyleValues.Paragraph, StyleId = id,
    };
}
