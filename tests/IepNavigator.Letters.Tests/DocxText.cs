using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace IepNavigator.Letters.Tests;

/// <summary>Reads a .docx back with OpenXml: each paragraph's style and text (line breaks as \n).</summary>
internal sealed record DocxParagraph(string? Style, string Text, bool PageBreakBefore);

internal static class DocxText
{
    public static IReadOnlyList<DocxParagraph> Read(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body ?? throw new InvalidOperationException("no body");
        return body.Elements<Paragraph>().Select(p => new DocxParagraph(
            p.ParagraphProperties?.ParagraphStyleId?.Val?.Value,
            string.Concat(p.Descendants().Select(e => e switch
            {
                Text t => t.Text,
                Break => "\n",
                _ => string.Empty,
            })),
            p.ParagraphProperties?.PageBreakBefore is not null)).ToList();
    }

    public static string AllText(byte[] docx) => string.Join("\n", Read(docx).Select(p => p.Text));
}
