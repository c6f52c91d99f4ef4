using System.Globalization;

namespace IepNavigator.IepReading.Corpus;

/// <summary>How a corpus document is rendered (the "@" lines at the top of its source).</summary>
public sealed record RenderSettings
{
    public string Format { get; init; } = "pdf";
    public string Font { get; init; } = "helvetica";
    public double Size { get; init; } = 10;
    public string? Header { get; init; }
    public string? Footer { get; init; }
    /// <summary>brackets: "[X]"/"[ ]"; glyph: ■/❏ in a PDF, ☒/☐ in Word; sym: Wingdings symbols in Word.</summary>
    public string Checkbox { get; init; } = "brackets";
    public bool Scanned { get; init; }
    /// <summary>Narrative pages added at the end until the PDF has this many pages (attachments of a long IEP).</summary>
    public int PadToPages { get; init; }
    public int Columns { get; init; } = 1;
}

public abstract record Block;
public sealed record HeadingBlock(int Level, string Text) : Block;
public sealed record ParagraphBlock(string Text) : Block;
public sealed record BulletBlock(string Text) : Block;
public sealed record TableBlock(IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<double>? Widths) : Block;
public sealed record PageBreakBlock : Block;
public sealed record ColumnsBlock(int Columns) : Block;
public sealed record SpacerBlock(int Lines) : Block;

/// <summary>
/// A corpus document's text source. Lines: "@key value" settings first; "# " and "## " headings; "- " bullets;
/// "| a | b |" table rows (the first row of a table is its header; "^" continues the merged cell above;
/// "@widths 30 15 ..." before a table sets column shares); "@page", "@columns 1|2", "@spacer N"; every other line is
/// one paragraph; "[x]" and "[ ]" are tick boxes; "&lt;tab&gt;" is a tab (Word). "%" starts a comment line.
/// </summary>
public sealed record CorpusSource(string Name, RenderSettings Settings, IReadOnlyList<Block> Blocks)
{
    public static CorpusSource Parse(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var settings = new RenderSettings();
        var blocks = new List<Block>();
        var paragraph = new List<string>();
        var rows = new List<IReadOnlyList<string>>();
        IReadOnlyList<double>? widths = null;
        bool body = false;

        void EndParagraph()
        {
            if (paragraph.Count > 0)
            {
                blocks.Add(new ParagraphBlock(string.Join(' ', paragraph)));
                paragraph.Clear();
            }
        }
        void EndTable()
        {
            if (rows.Count > 0)
            {
                blocks.Add(new TableBlock([.. rows], widths));
                rows.Clear();
                widths = null;
            }
        }

        foreach (var raw in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.StartsWith('%'))
            {
                continue;
            }
            if (line.StartsWith('|'))
            {
                EndParagraph();
                rows.Add(line.Trim('|').Split('|').Select(c => c.Trim()).ToList());
                body = true;
                continue;
            }
            EndTable();
            if (line.StartsWith('@'))
            {
                EndParagraph();
                var space = line.IndexOf(' ', StringComparison.Ordinal);
                var key = space < 0 ? line[1..] : line[1..space];
                var value = space < 0 ? "" : line[(space + 1)..].Trim();
                switch (key)
                {
                    case "page": blocks.Add(new PageBreakBlock()); break;
                    case "columns" when body: blocks.Add(new ColumnsBlock(int.Parse(value, CultureInfo.InvariantCulture))); break;
                    case "spacer": blocks.Add(new SpacerBlock(int.Parse(value, CultureInfo.InvariantCulture))); break;
                    case "widths": widths = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToList(); break;
                    case "format": settings = settings with { Format = value }; break;
                    case "font": settings = settings with { Font = value }; break;
                    case "size": settings = settings with { Size = double.Parse(value, CultureInfo.InvariantCulture) }; break;
                    case "header": settings = settings with { Header = value }; break;
                    case "footer": settings = settings with { Footer = value }; break;
                    case "checkbox": settings = settings with { Checkbox = value }; break;
                    case "scanned": settings = settings with { Scanned = true }; break;
                    case "pad": settings = settings with { PadToPages = int.Parse(value, CultureInfo.InvariantCulture) }; break;
                    case "columns": settings = settings with { Columns = int.Parse(value, CultureInfo.InvariantCulture) }; break;
                    default: throw new FormatException($"{name}: unknown setting '@{key}'.");
                }
                continue;
            }
            if (line.Length == 0)
            {
                EndParagraph();
                continue;
            }
            body = true;
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                EndParagraph();
                blocks.Add(new HeadingBlock(2, line[3..]));
            }
            else if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                EndParagraph();
                blocks.Add(new HeadingBlock(1, line[2..]));
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                EndParagraph();
                blocks.Add(new BulletBlock(line[2..]));
            }
            else
            {
                // One source line, one paragraph: narrative is written as one long line, form fields one per line.
                blocks.Add(new ParagraphBlock(line));
            }
        }
        EndParagraph();
        EndTable();
        return new CorpusSource(name, settings, blocks);
    }
}
