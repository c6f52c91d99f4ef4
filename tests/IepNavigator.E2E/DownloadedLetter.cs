using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace IepNavigator.E2E;

/// <summary>A letter file the browser saved: its name, and its paragraphs read as Word (.docx) or plain text.</summary>
public sealed class DownloadedLetter(string path)
{
    /// <summary>Word's built-in style of the letter's heading (the letters library writes it so).</summary>
    private const string HeadingStyle = "Heading1";

    public string Path { get; } = path;

    public string FileName => System.IO.Path.GetFileName(Path);

    /// <summary>The .docx body's paragraphs, each with its style id (null when unstyled).</summary>
    public IReadOnlyList<(string? Style, string Text)> WordParagraphs()
    {
        using var document = WordprocessingDocument.Open(Path, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body;
        Assert.True(body is not null, $"{FileName} has no document body.");
        return body.Descendants<Paragraph>()
            .Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, p.InnerText))
            .ToList();
    }

    /// <summary>The .docx heading: the text of its first Heading 1 paragraph.</summary>
    public string? WordHeading() => WordParagraphs().FirstOrDefault(p => p.Style == HeadingStyle).Text;

    /// <summary>The title stored in the .docx package properties (what Word shows as the document's title).</summary>
    public string? WordTitle()
    {
        using var document = WordprocessingDocument.Open(Path, isEditable: false);
        return document.PackageProperties.Title;
    }

    public string Text() => File.ReadAllText(Path);
}
