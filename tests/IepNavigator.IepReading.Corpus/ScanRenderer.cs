using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace IepNavigator.IepReading.Corpus;

/// <summary>
/// A scanned IEP: the text PDF drawn letter by letter onto page pictures (150 dpi, a little grey, JPEG, as a copier
/// makes them) and put back into a PDF with no text layer at all.
/// </summary>
public static class ScanRenderer
{
    private const float Dpi = 150f / 72f;

    public static byte[] Render(byte[] textPdf)
    {
        using var source = PdfDocument.Open(textPdf);
        var builder = new PdfDocumentBuilder { IncludeDocumentInformation = false };
        using var typeface = SKTypeface.FromFamilyName("DejaVu Sans") ?? SKTypeface.Default;
        foreach (var page in source.GetPages())
        {
            int width = (int)(page.Width * Dpi), height = (int)(page.Height * Dpi);
            using var bitmap = new SKBitmap(width, height);
            using (var canvas = new SKCanvas(bitmap))
            {
                canvas.Clear(new SKColor(246, 246, 243));
                using var ink = new SKPaint { Color = new SKColor(30, 30, 30), IsAntialias = true };
                foreach (var letter in page.Letters)
                {
                    using var font = new SKFont(typeface, (float)letter.PointSize * Dpi);
                    canvas.DrawText(letter.Value, (float)letter.StartBaseLine.X * Dpi, height - (float)letter.StartBaseLine.Y * Dpi, font, ink);
                }
            }
            using var image = SKImage.FromBitmap(bitmap);
            using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 70);
            var output = builder.AddPage(page.Width, page.Height);
            output.AddJpeg(jpeg.ToArray(), new PdfRectangle(0, 0, page.Width, page.Height));
        }
        return builder.Build();
    }
}
