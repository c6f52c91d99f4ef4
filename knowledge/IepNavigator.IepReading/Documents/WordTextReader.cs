using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using IepNavigator.IepReading.Model;

namespace IepNavigator.IepReading.Documents;

/// <summary>
/// A Word file's body as lines: each paragraph one line (tabs split it into cells, as forms use them), each table row
/// one line of cells in column order, with vertically merged cells marked. Pages come from explicit page breaks.
/// The package is checked before it is opened: a zip that expands past the budget is refused unread.
/// </summary>
internal sealed class WordTextReader(IepReadingOptions options)
{
    private const int MaxTableDepth = 8;

    /// <summary>Generous: a page of an IEP form holds 20–60 paragraphs and table rows.</summary>
    private const int ParagraphsPerPage = 100;

    public TextReading Read(byte[] file, ReadingBudget budget)
    {
        var check = CheckPackage(file);
        if (check is not null)
        {
            return TextReading.Refuse(check.Value);
        }
        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(new MemoryStream(file, writable: false), false, new OpenSettings
            {
                MaxCharactersInPart = options.MaxDecompressedBytes / 2,
                AutoSave = false,
            });
        }
        catch (OpenXmlPackageException)
        {
            return TextReading.Refuse(RefusalReason.Damaged);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or FileFormatException or InvalidOperationException or System.Xml.XmlException)
        {
            return TextReading.Refuse(RefusalReason.Damaged);
        }
        using (document)
        {
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                return TextReading.Refuse(RefusalReason.Damaged);
            }
            var walker = new Walker(budget);
            try
            {
                walker.Elements(body.ChildElements, 0);
            }
            catch (Exception ex) when (ex is System.Xml.XmlException or InvalidOperationException)
            {
                return TextReading.Refuse(RefusalReason.Damaged);
            }
            bool paged = walker.PageBreaks > 0;
            var lines = walker.Lines.Select(l => paged ? l : l with { At = new SourceLocation(null, l.At.Paragraph) }).ToList();
            // A Word file without page breaks still has a length: a page holds a few dozen paragraphs.
            if (walker.Pages > options.MaxPages || walker.Lines.Count > options.MaxPages * ParagraphsPerPage)
            {
                return TextReading.Refuse(RefusalReason.TooManyPages);
            }
            return new TextReading(new DocumentText(lines, paged ? walker.Pages : 0, IepFileFormat.Word));
        }
    }

    /// <summary>Refuses a zip whose parts would expand past the budget or that has absurdly many parts.</summary>
    private RefusalReason? CheckPackage(byte[] file)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(file, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > 2_000)
            {
                return RefusalReason.Unsafe;
            }
            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                // Declared sizes can lie, so every part is inflated and counted, stopping at the budget.
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += read;
                    if (total > options.MaxDecompressedBytes)
                    {
                        return RefusalReason.Unsafe;
                    }
                }
            }
            return zip.GetEntry("word/document.xml") is null ? RefusalReason.NotSupported : null;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            return RefusalReason.Damaged;
        }
    }

    private sealed class Walker(ReadingBudget budget)
    {
        public List<DocumentLine> Lines { get; } = [];
        public int PageBreaks { get; private set; }
        public int Pages => PageBreaks + 1;

        public void Elements(IEnumerable<OpenXmlElement> elements, int depth)
        {
            foreach (var element in elements)
            {
                switch (element)
                {
                    case Paragraph paragraph:
                        AddParagraph(paragraph);
                        break;
                    case Table table when depth < MaxTableDepth:
                        AddTable(table, depth);
                        break;
                    case SdtBlock block:
                        Elements(block.SdtContentBlock?.ChildElements ?? Enumerable.Empty<OpenXmlElement>(), depth);
                        break;
                }
            }
        }

        private void AddParagraph(Paragraph paragraph)
        {
            if (Lines.Count % 256 == 0)
            {
                budget.ThrowIfSpent();
            }
            if (paragraph.ParagraphProperties?.PageBreakBefore is { } before && (before.Val is null || before.Val.Value))
            {
                PageBreaks++;
            }
            var text = new StringBuilder();
            bool allBold = true, anyRun = false;
            foreach (var node in paragraph.Descendants())
            {
                switch (node)
                {
                    case Run run when run.InnerText.Length > 0:
                        anyRun = true;
                        allBold &= run.RunProperties?.Bold is { } b && (b.Val is null || b.Val.Value);
                        break;
                    case DocumentFormat.OpenXml.Wordprocessing.Text t:
                        text.Append(t.Text);
                        break;
                    case TabChar:
                        text.Append('\t');
                        break;
                    case Break br when br.Type?.Value == BreakValues.Page:
                        PageBreaks++;
                        break;
                    case Break:
                        text.Append(' ');
                        break;
                    case SymbolChar symbol:
                        text.Append(Symbol(symbol.Char?.Value));
                        break;
                }
            }
            var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
            bool heading = style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) || style.StartsWith("Title", StringComparison.OrdinalIgnoreCase);
            Add(text.ToString().Split('\t').Select(Clean).Where(c => c.Length > 0).ToList(), heading || (anyRun && allBold), tableRow: false, []);
            if (paragraph.ParagraphProperties?.SectionProperties is { } section && section.GetFirstChild<SectionType>()?.Val?.Value != SectionMarkValues.Continuous)
            {
                PageBreaks++;
            }
        }

        private void AddTable(Table table, int depth)
        {
            foreach (var row in table.Elements<TableRow>())
            {
                budget.ThrowIfSpent();
                var cells = new List<string>();
                var merged = new HashSet<int>();
                var nested = new List<Table>();
                foreach (var cell in row.Elements<TableCell>())
                {
                    var properties = cell.TableCellProperties;
                    int span = Math.Clamp(properties?.GridSpan?.Val?.Value ?? 1, 1, 64);
                    bool continues = properties?.VerticalMerge is { } vm && (vm.Val is null || vm.Val.Value == MergedCellValues.Continue);
                    if (continues)
                    {
                        merged.Add(cells.Count);
                    }
                    var text = string.Join(' ', cell.Elements<Paragraph>().Select(p => CellText(p)).Where(t => t.Length > 0));
                    cells.Add(continues ? "" : Clean(text));
                    for (int i = 1; i < span; i++)
                    {
                        cells.Add("");
                    }
                    nested.AddRange(cell.Elements<Table>());
                }
                if (cells.Any(c => c.Length > 0) || merged.Count > 0)
                {
                    Add(cells, emphasis: row.Descendants<Run>().Where(r => r.InnerText.Length > 0).All(r => r.RunProperties?.Bold is not null), tableRow: true, merged);
                }
                foreach (var inner in nested)
                {
                    AddTable(inner, depth + 1);
                }
            }
        }

        private static string CellText(Paragraph paragraph)
        {
            var text = new StringBuilder();
            foreach (var node in paragraph.Descendants())
            {
                switch (node)
                {
                    case DocumentFormat.OpenXml.Wordprocessing.Text t:
                        text.Append(t.Text);
                        break;
                    case TabChar or Break:
                        text.Append(' ');
                        break;
                    case SymbolChar symbol:
                        text.Append(Symbol(symbol.Char?.Value));
                        break;
                }
            }
            return Clean(text.ToString());
        }

        private void Add(List<string> cells, bool emphasis, bool tableRow, HashSet<int> merged)
        {
            if (cells.Count == 0 || cells.All(c => c.Length == 0) && merged.Count == 0)
            {
                return;
            }
            Lines.Add(new DocumentLine
            {
                Cells = cells,
                At = new SourceLocation(Pages, Lines.Count + 1),
                Emphasis = emphasis,
                TableRow = tableRow,
                MergedFromAbove = merged,
            });
        }

        /// <summary>Wingdings tick boxes written as symbols: checked ones read "☒", empty ones "☐".</summary>
        private static string Symbol(string? code) => code?.ToUpperInvariant() switch
        {
            "F0FE" or "F0FD" or "F078" or "F0FC" => "☒ ",
            "F0A8" or "F06F" or "F0A1" or "F071" => "☐ ",
            _ => "",
        };

        private static string Clean(string text) => IepNavigator.IepReading.Text.Fold.Spaces(text);
    }
}
