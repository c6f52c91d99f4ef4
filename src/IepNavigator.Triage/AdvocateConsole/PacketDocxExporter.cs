using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using IepNavigator.Triage.Store;

namespace IepNavigator.Triage.AdvocateConsole;

/// <summary>The packet as a Word document, in the same order as the console page (Heading styles for navigation).</summary>
public static class PacketDocxExporter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Export(StoredPacket stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            body.Append(Paragraph($"Triage packet {stored.Packet.Id:D}", "Title", bold: true));
            foreach (var section in PacketOutline.Sections(stored))
            {
                body.Append(Paragraph(section.Heading, "Heading1", bold: true));
                foreach (var line in section.Lines)
                {
                    body.Append(Paragraph(line, null, bold: false));
                }
            }

            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, string? style, bool bold)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.RunProperties = new RunProperties(new Bold());
        }

        var paragraph = new Paragraph(run);
        if (style is not null)
        {
            paragraph.ParagraphProperties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        }

        return paragraph;
    }
}
