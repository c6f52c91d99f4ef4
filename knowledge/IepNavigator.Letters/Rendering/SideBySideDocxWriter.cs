using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using IepNavigator.Knowledge.Content;

namespace IepNavigator.Letters.Rendering;

/// <summary>
/// One .docx with the English letter (the one to send) beside the parent's copy in their language: a two-column
/// table, English left, one row per pair of paragraphs, each column headed by its frame's <c>sideBySideHeading</c>
/// ("English — for the school", "Español — su copia"). The advice on sending follows on its own page in the
/// parent's language only: the school never sees it.
/// </summary>
internal static class SideBySideDocxWriter
{
    /// <summary>The text width of a US Letter page with 1-inch margins, in twentieths of a point, split in two.</summary>
    private const int ColumnWidth = 4680;

    public static byte[] Write(LetterDocument english, string englishHeading, LetterDocument copy, string copyHeading)
    {
        var englishTag = ContentLanguage.Tag(english.Language);
        var copyTag = ContentLanguage.Tag(copy.Language);
        var left = english.Letter;
        var right = copy.Letter;
        return DocxLetterWriter.Package(english.Title + " / " + copy.Title, englishTag, body =>
        {
            if (left.Count == right.Count)
            {
                body.Append(Table(left, englishHeading, right, copyHeading, copyTag));
            }
            else
            {
                // The two letters have a different number of paragraphs (a translation keeps or drops an optional
                // sentence differently), so rows would pair the wrong paragraphs: write the English letter, then
                // the parent's copy on a new page, one after the other, each under its heading.
                body.Append(ColumnHeading(englishHeading, languageTag: null, pageBreakBefore: false));
                foreach (var paragraph in left)
                {
                    body.Append(DocxLetterWriter.ToParagraph(paragraph));
                }

                body.Append(ColumnHeading(copyHeading, copyTag, pageBreakBefore: true));
                foreach (var paragraph in right)
                {
                    body.Append(DocxLetterWriter.ToParagraph(paragraph, copyTag));
                }
            }

            // "Before you send this letter", in the parent's language, on its own page (the section heading breaks).
            foreach (var paragraph in copy.Advice)
            {
                body.Append(DocxLetterWriter.ToParagraph(paragraph, copyTag));
            }
        });
    }

    private static Table Table(
        IReadOnlyList<LetterParagraph> left, string leftHeading, IReadOnlyList<LetterParagraph> right, string rightHeading, string rightTag)
    {
        var table = new Table(
            // Schema order inside tblPr: tblW, tblBorders, tblLayout, tblCellMar.
            new TableProperties(
                new TableWidth { Width = (2 * ColumnWidth).ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "A6A6A6" }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = 144, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = 144, Type = TableWidthValues.Dxa })),
            new TableGrid(new GridColumn { Width = Width }, new GridColumn { Width = Width }));

        // The headings repeat at the top of every page the table runs onto.
        table.Append(new TableRow(
            new TableRowProperties(new TableHeader()),
            Cell(new Paragraph(DocxLetterWriter.TextRun([leftHeading], null, bold: true))),
            Cell(new Paragraph(DocxLetterWriter.TextRun([rightHeading], rightTag, bold: true)))));
        for (var i = 0; i < left.Count; i++)
        {
            table.Append(new TableRow(
                Cell(DocxLetterWriter.ToParagraph(left[i])),
                Cell(DocxLetterWriter.ToParagraph(right[i], rightTag))));
        }

        return table;
    }

    private static string Width => ColumnWidth.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static TableCell Cell(Paragraph paragraph) =>
        new(new TableCellProperties(new TableCellWidth { Width = Width, Type = TableWidthUnitValues.Dxa }), paragraph);

    private static Paragraph ColumnHeading(string text, string? languageTag, bool pageBreakBefore)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Section });
        if (pageBreakBefore)
        {
            properties.Append(new PageBreakBefore());
        }

        return new Paragraph(properties, DocxLetterWriter.TextRun([text], languageTag, bold: false));
    }
}
