using System.IO.Compression;
using System.Text;

namespace IepNavigator.IepReading.Tests.Hostile;

/// <summary>Files written by hand to attack a reader: each is a small, otherwise valid PDF or .docx with one trap in it.</summary>
internal static class HostileFiles
{
    private const string Goal = "Annual Goal 1: By June 2027, Eli will read 90 words correct per minute, as measured by weekly probes.";

    /// <summary>A PDF from object bodies, with a correct cross-reference table unless <paramref name="brokenXref"/>.</summary>
    public static byte[] Pdf(IReadOnlyList<byte[]> objects, bool brokenXref = false, string? trailerExtra = null)
    {
        using var pdf = new MemoryStream();
        void Write(string text) => pdf.Write(Encoding.Latin1.GetBytes(text));
        Write("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (int i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Write($"{i + 1} 0 obj\n");
            pdf.Write(objects[i]);
            Write("\nendobj\n");
        }
        long xref = pdf.Position;
        Write($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write($"{(brokenXref ? offset * 7 + 13 : offset):D10} 00000 n \n");
        }
        Write($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R {trailerExtra} >>\nstartxref\n{(brokenXref ? xref + 999 : xref)}\n%%EOF\n");
        return pdf.ToArray();
    }

    public static byte[] Bytes(string text) => Encoding.Latin1.GetBytes(text);

    public static byte[] Stream(string dictionary, byte[] data) =>
        [.. Bytes($"<< {dictionary} /Length {data.Length} >>\nstream\n"), .. data, .. Bytes("\nendstream")];

    public static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize))
        {
            zlib.Write(data);
        }
        return output.ToArray();
    }

    /// <summary>A zlib stream of <paramref name="bytes"/> zeros, written in chunks (never held whole).</summary>
    public static byte[] DeflatedZeros(long bytes)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal))
        {
            var chunk = new byte[1 << 20];
            for (long written = 0; written < bytes; written += chunk.Length)
            {
                zlib.Write(chunk, 0, (int)Math.Min(chunk.Length, bytes - written));
            }
        }
        return output.ToArray();
    }

    /// <summary>A one-page PDF with a goal on it; <paramref name="catalogExtra"/> and <paramref name="resourcesExtra"/> add the trap.</summary>
    public static byte[] OnePage(string catalogExtra = "", string resourcesExtra = "", string contentExtra = "", IReadOnlyList<byte[]>? moreObjects = null, bool brokenXref = false, string pagesCount = "1")
    {
        var content = Bytes($"BT /F1 11 Tf 72 700 Td ({Goal}) Tj ET {contentExtra}");
        var objects = new List<byte[]>
        {
            Bytes($"<< /Type /Catalog /Pages 2 0 R {catalogExtra} >>"),
            Bytes($"<< /Type /Pages /Kids [3 0 R] /Count {pagesCount} >>"),
            Bytes($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> {resourcesExtra} >> >>"),
            Stream("", content),
            Bytes("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
        };
        objects.AddRange(moreObjects ?? []);
        return Pdf(objects, brokenXref);
    }

    /// <summary>A .docx package with the given document.xml (and nothing else a reader needs).</summary>
    public static byte[] Docx(Action<Stream> writeDocument)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Entry(string name, string text)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open());
                writer.Write(text);
            }
            Entry("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Entry("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            using var document = archive.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            writeDocument(document);
        }
        return zip.ToArray();
    }

    public static string Paragraph(string text) => $"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    public const string WordOpen = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""";
    public const string WordClose = "</w:body></w:document>";

    public static string GoalText => Goal;
}
