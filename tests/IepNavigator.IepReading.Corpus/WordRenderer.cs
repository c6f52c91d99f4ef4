using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace IepNavigator.IepReading.Corpus;

/// <summary>
/// Writes a corpus source as a .docx with OpenXml: heading styles, paragraphs (tabs as tab characters), bordered
/// tables with vertically merged cells, page breaks, tick boxes as ☒/☐ characters or Wingdings symbols.
/// </summary>
public static class WordRenderer
{
    public static byte[] Render(CorpusSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var block in source.Blocks)
            {
                switch (block)
                {
                    case HeadingBlock heading:
                        body.Append(Paragraph(heading.Text, source.Settings, bold: true, style: heading.Level == 1 ? "Heading1" : "Heading2"));
                        break;
                    case ParagraphBlock paragraph:
                        body.Append(Paragraph(paragraph.Text, source.Settings));
                        break;
                    case BulletBlock bullet:
                        body.Append(Paragraph("• " + bullet.Text, source.Settings));
                        break;
                    case TableBlock table:
                        body.Append(Table(table, source.Settings));
                        body.Append(new Paragraph());
                        break;
                    case PageBreakBlock:
                        body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                        break;
                    case SpacerBlock spacer:
                        for (int i = 0; i < spacer.Lines; i++)
                        {
                            body.Append(new Paragraph());
                        }
                        break;
                }
            }
            var section = new SectionProperties(new PageSize { Width = 12240, Height = 15840 }, new PageMargin { Top = 1080, Bottom = 1080, Left = 1080, Right = 1080 });
            if (source.Settings.Columns > 1)
            {
                section.Append(new Columns { ColumnCount = (Int16Value)(short)source.Settings.Columns, Space = "480" });
            }
            body.Append(section);
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, RenderSettings settings, bool bold = false, string? style = null)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }
        foreach (var run in Runs(text, settings, bold))
        {
            paragraph.Append(run);
        }
        return paragraph;
    }

    private static IEnumerable<Run> Runs(string text, RenderSettings settings, bool bold)
    {
        var parts = text.Split("<tab>");
        for (int p = 0; p < parts.Length; p++)
        {
            if (p > 0)
            {
                yield return new Run(new TabChar());
            }
            var rest = parts[p];
            while (rest.Length > 0)
            {
                int box = IndexOfBox(rest);
                var before = box < 0 ? rest : rest[..box];
                if (before.Length > 0)
                {
                    yield return TextRun(before, bold);
                }
                if (box < 0)
                {
                    break;
                }
                bool ticked = rest[box + 1] is 'x' or 'X';
                yield return settings.Checkbox == "sym"
                    ? new Run(new SymbolChar { Font = "Wingdings", Char = ticked ? "F0FE" : "F0A8" })
                    : settings.Checkbox == "glyph" ? TextRun(ticked ? "☒" : "☐", bold) : TextRun(ticked ? "[X]" : "[ ]", bold);
                rest = rest[(box + 3)..];
            }
        }
    }

    private static int IndexOfBox(string text)
    {
        var indexes = new[] { text.IndexOf("[x]", StringComparison.Ordinal), text.IndexOf("[X]", StringComparison.Ordinal), text.IndexOf("[ ]", StringComparison.Ordinal) }.Where(i => i >= 0).ToList();
        return indexes.Count == 0 ? -1 : indexes.Min();
    }

    private static Run TextRun(string text, bool bold)
    {
        var run = new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }
        return run;
    }

    private static Table Table(TableBlock block, RenderSettings settings)
    {
        var table = new Table(new TableProperties(
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        int count = block.Rows.Max(r => r.Count);
        for (int r = 0; r < block.Rows.Count; r++)
        {
            var row = new TableRow();
            for (int c = 0; c < count; c++)
            {
                var text = c < block.Rows[r].Count ? block.Rows[r][c] : "";
                bool continues = text == "^";
                bool restarts = !continues && r + 1 < block.Rows.Count && c < block.Rows[r + 1].Count && block.Rows[r + 1][c] == "^";
                var properties = new TableCellProperties();
                if (continues || restarts)
                {
                    properties.Append(new VerticalMerge { Val = restarts ? MergedCellValues.Restart : MergedCellValues.Continue });
                }
                row.Append(new TableCell(properties, continues ? new Paragraph() : Paragraph(text, settings, bold: r == 0)));
            }
            table.Append(row);
        }
        return table;
    }
}
