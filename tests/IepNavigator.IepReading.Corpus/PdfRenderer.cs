using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace IepNavigator.IepReading.Corpus;

/// <summary>
/// Lays a corpus source out on US Letter pages with PdfPig's writer (standard fonts, wrapped paragraphs, bordered
/// tables, one or two columns, running header and footer), the way district IEP systems print.
/// </summary>
public sealed class PdfRenderer
{
    private const double PageWidth = 612, PageHeight = 792, Margin = 54, Gutter = 24;

    private readonly RenderSettings settings;
    private readonly PdfDocumentBuilder builder = new() { IncludeDocumentInformation = false };
    private readonly PdfDocumentBuilder.AddedFont regular, bold, symbols;
    private readonly List<PdfPageBuilder> pages = [];
    private readonly Dictionary<(bool Bold, double Size, string Text), double> widths = [];
    private PdfPageBuilder page = null!;
    private double y, columnTop, lowest;
    private int columns, column;

    private PdfRenderer(RenderSettings settings)
    {
        this.settings = settings;
        (regular, bold) = settings.Font switch
        {
            "times" => (builder.AddStandard14Font(Standard14Font.TimesRoman), builder.AddStandard14Font(Standard14Font.TimesBold)),
            "courier" => (builder.AddStandard14Font(Standard14Font.Courier), builder.AddStandard14Font(Standard14Font.CourierBold)),
            _ => (builder.AddStandard14Font(Standard14Font.Helvetica), builder.AddStandard14Font(Standard14Font.HelveticaBold)),
        };
        symbols = builder.AddStandard14Font(Standard14Font.ZapfDingbats);
        columns = settings.Columns;
    }

    private double Size => settings.Size;
    private double LineHeight => Size * 1.3;
    private double Top => PageHeight - Margin - (settings.Header is null ? 0 : 14);
    private double Bottom => Margin + (settings.Footer is null ? 0 : 14);
    private double ColumnWidth => (PageWidth - 2 * Margin - (columns - 1) * Gutter) / columns;
    private double Left => Margin + column * (ColumnWidth + Gutter);

    public static byte[] Render(CorpusSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var renderer = new PdfRenderer(source.Settings);
        renderer.NewPage();
        foreach (var block in source.Blocks)
        {
            renderer.Draw(block);
        }
        int filler = 0;
        while (renderer.pages.Count < source.Settings.PadToPages)
        {
            foreach (var block in Filler.Blocks(filler++))
            {
                renderer.Draw(block);
            }
        }
        renderer.Decorate();
        return renderer.builder.Build();
    }

    private void Draw(Block block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                Space(heading.Level == 1 ? 10 : 6);
                Paragraph(heading.Text, true, heading.Level == 1 ? Size + 3 : Size + 1, 0);
                Space(2);
                break;
            case ParagraphBlock paragraph:
                Paragraph(paragraph.Text, false, Size, 0);
                Space(3);
                break;
            case BulletBlock bullet:
                Paragraph("- " + bullet.Text, false, Size, 10);
                Space(1);
                break;
            case TableBlock table:
                Table(table);
                Space(6);
                break;
            case PageBreakBlock:
                NewPage();
                break;
            case ColumnsBlock switchColumns:
                // The new layout starts under the longest column of the old one.
                columns = switchColumns.Columns;
                column = 0;
                y = columnTop = Math.Min(y, lowest);
                break;
            case SpacerBlock spacer:
                Space(spacer.Lines * LineHeight);
                break;
        }
    }

    private void NewPage()
    {
        page = builder.AddPage(PageWidth, PageHeight);
        pages.Add(page);
        y = columnTop = lowest = Top;
        column = 0;
    }

    /// <summary>The next column, or a new page after the last one.</summary>
    private void NextColumn()
    {
        if (column + 1 < columns)
        {
            column++;
            y = columnTop;
            return;
        }
        NewPage();
    }

    private void Space(double points)
    {
        Down(points);
        if (y < Bottom)
        {
            NextColumn();
        }
    }

    private void Paragraph(string text, bool isBold, double size, double indent)
    {
        var lines = Wrap(Clean(text), ColumnWidth - indent, isBold, size);
        for (int i = 0; i < lines.Count; i++)
        {
            if (y - size * 1.3 < Bottom)
            {
                NextColumn();
            }
            Down(size * 1.3);
            Line(lines[i], Left + (i == 0 ? indent - (indent > 0 ? 10 : 0) : indent) + (i == 0 && indent > 0 ? 0 : 0), y, isBold, size);
        }
    }

    private void Table(TableBlock table)
    {
        int count = table.Rows.Max(r => r.Count);
        var shares = table.Widths ?? Enumerable.Repeat(1.0, count).ToList();
        double total = shares.Sum();
        var cellWidths = shares.Select(s => ColumnWidth * s / total).ToList();
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            bool header = r == 0;
            var cellLines = new List<List<string>>();
            for (int c = 0; c < count; c++)
            {
                var cell = c < row.Count ? row[c] : "";
                cellLines.Add(cell == "^" ? [] : Wrap(Clean(cell), cellWidths[c] - 6, header, Size - 1));
            }
            double height = Math.Max(1, cellLines.Max(l => l.Count)) * (Size - 1) * 1.3 + 6;
            if (y - height < Bottom)
            {
                NextColumn();
            }
            double x = Left;
            for (int c = 0; c < count; c++)
            {
                bool merged = c < row.Count && row[c] == "^";
                page.DrawLine(new PdfPoint(x, y - height), new PdfPoint(x + cellWidths[c], y - height), 0.5);
                page.DrawLine(new PdfPoint(x, y), new PdfPoint(x, y - height), 0.5);
                page.DrawLine(new PdfPoint(x + cellWidths[c], y), new PdfPoint(x + cellWidths[c], y - height), 0.5);
                if (!merged)
                {
                    page.DrawLine(new PdfPoint(x, y), new PdfPoint(x + cellWidths[c], y), 0.5);
                }
                double lineY = y - 3;
                foreach (var line in cellLines[c])
                {
                    lineY -= (Size - 1) * 1.3;
                    Line(line, x + 3, lineY + 2, header, Size - 1);
                }
                x += cellWidths[c];
            }
            Down(height);
        }
    }

    private void Down(double points)
    {
        y -= points;
        lowest = Math.Min(lowest, y);
    }

    /// <summary>One line of text; tick boxes drawn with ZapfDingbats when the document uses glyphs.</summary>
    private void Line(string text, double x, double baseline, bool isBold, double size)
    {
        foreach (var (run, symbol) in Runs(text))
        {
            var font = symbol ? symbols : isBold ? bold : regular;
            page.AddText(run, size, new PdfPoint(x, baseline), font);
            x += symbol ? size * 0.8 * run.Length + 3 : Width(run, isBold, size);
        }
    }

    private IEnumerable<(string Text, bool Symbol)> Runs(string text)
    {
        if (settings.Checkbox != "glyph")
        {
            yield return (text, false);
            yield break;
        }
        var run = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            bool ticked = string.CompareOrdinal(text, i, "[X]", 0, 3) == 0 || string.CompareOrdinal(text, i, "[x]", 0, 3) == 0;
            bool empty = string.CompareOrdinal(text, i, "[ ]", 0, 3) == 0;
            if (!ticked && !empty)
            {
                run.Append(text[i]);
                continue;
            }
            if (run.Length > 0)
            {
                yield return (run.ToString(), false);
                run.Clear();
            }
            yield return (ticked ? "\u25A0" : "\u274F", true);
            i += 2;
        }
        if (run.Length > 0)
        {
            yield return (run.ToString(), false);
        }
    }

    private List<string> Wrap(string text, double width, bool isBold, double size)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Width(candidate, isBold, size) > width)
            {
                lines.Add(line.ToString());
                line.Clear().Append(word);
            }
            else
            {
                line.Clear().Append(candidate);
            }
        }
        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }
        return lines;
    }

    private double Width(string text, bool isBold, double size)
    {
        if (widths.TryGetValue((isBold, size, text), out var width))
        {
            return width;
        }
        var measured = settings.Checkbox == "glyph" ? text.Replace("[X]", "MM", StringComparison.Ordinal).Replace("[x]", "MM", StringComparison.Ordinal).Replace("[ ]", "MM", StringComparison.Ordinal) : text;
        var letters = page.MeasureText(measured, size, new PdfPoint(0, 0), isBold ? bold : regular);
        width = letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
        return widths[(isBold, size, text)] = width;
    }

    private void Decorate()
    {
        for (int i = 0; i < pages.Count; i++)
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            var of = pages.Count.ToString(CultureInfo.InvariantCulture);
            if (settings.Header is { } header)
            {
                pages[i].AddText(Clean(header), 8, new PdfPoint(Margin, PageHeight - Margin + 4), regular);
            }
            if (settings.Footer is { } footer)
            {
                pages[i].AddText(Clean(footer.Replace("{page}", number, StringComparison.Ordinal).Replace("{pages}", of, StringComparison.Ordinal)), 8, new PdfPoint(Margin, Margin - 10), regular);
            }
        }
    }

    /// <summary>The standard fonts carry Latin-1 letters without accents here; documents in Spanish are Word files.</summary>
    private static string Clean(string text)
    {
        var plain = new StringBuilder(text.Length);
        foreach (var c in text.Replace('–', '-').Replace('—', '-').Replace('’', '\'').Replace('“', '"').Replace('”', '"').Replace("<tab>", "    ", StringComparison.Ordinal).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && c < 128)
            {
                plain.Append(c);
            }
        }
        return plain.ToString();
    }
}
