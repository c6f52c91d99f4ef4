using IepNavigator.IepReading.Model;

namespace IepNavigator.IepReading.Documents;

/// <summary>
/// One line of a document as the readers see it: a prose line is one cell; a table row or a line with wide gaps
/// (a form, a PDF table) is several. <see cref="CellX"/> holds each cell's left edge on a PDF page (to place cells
/// under their column headers when a merged cell leaves a gap); Word tables give their cells in column order.
/// </summary>
internal sealed record DocumentLine
{
    public required IReadOnlyList<string> Cells { get; init; }
    public IReadOnlyList<double>? CellX { get; init; }
    /// <summary>Each cell's right edge on a PDF page.</summary>
    public IReadOnlyList<double>? CellRight { get; init; }
    /// <summary>The words of a PDF line with their left and right edges (to place them under table columns).</summary>
    public IReadOnlyList<PlacedWord>? Words { get; init; }
    public required SourceLocation At { get; init; }
    /// <summary>Bold, larger than the body text, or a Word heading style.</summary>
    public bool Emphasis { get; init; }
    /// <summary>A Word table row: cells are the table's columns, empty ones included.</summary>
    public bool TableRow { get; init; }
    /// <summary>Word cells continuing a vertically merged cell above (column indexes).</summary>
    public IReadOnlySet<int> MergedFromAbove { get; init; } = new HashSet<int>();

    private string? text;

    /// <summary>The cells joined by " | " so labels and values stay apart.</summary>
    public string Text => text ??= string.Join(" | ", Cells.Where(c => c.Length > 0));
}

/// <summary>A word on a PDF page and its horizontal extent.</summary>
internal readonly record struct PlacedWord(string Text, double Left, double Right);

/// <summary>The text of a whole document, in reading order, with running headers and footers taken out.</summary>
internal sealed record DocumentText(IReadOnlyList<DocumentLine> Lines, int Pages, IepFileFormat Format)
{
    public int Characters => Lines.Sum(l => l.Text.Length);
}
