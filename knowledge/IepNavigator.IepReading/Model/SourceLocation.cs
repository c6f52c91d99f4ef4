namespace IepNavigator.IepReading.Model;

/// <summary>
/// Where an item was found: the page of a PDF (1-based), or for a Word file the paragraph (1-based, tables count one
/// paragraph per row) and the page when the file has page breaks.
/// </summary>
public sealed record SourceLocation(int? Page, int? Paragraph)
{
    public override string ToString() => Page is { } p ? $"page {p}" : $"paragraph {Paragraph}";
}
