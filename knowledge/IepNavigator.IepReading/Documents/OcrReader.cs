using System.Diagnostics;
using IepNavigator.IepReading.Model;
using UglyToad.PdfPig;

namespace IepNavigator.IepReading.Documents;

/// <summary>
/// Optional text recognition of scanned pages with Debian's tesseract (package tesseract-ocr), when it is installed
/// and <see cref="IepReadingOptions.UseOcr"/> is on. Never required: without it a scan gets the "looks like a scan"
/// answer. Each page image is piped to the process in memory (nothing is written to disk) under the time budget.
/// </summary>
internal sealed class OcrReader(IepReadingOptions options)
{
    private readonly Lazy<string?> executable = new(() => options.UseOcr ? FindOnPath("tesseract") : null);

    public bool Available => executable.Value is not null;

    /// <summary>The recognised text of the scanned pages; stops when the budget is spent (then the file stays "a scan").</summary>
    public DocumentText? Read(PdfDocument document, int pages, ReadingBudget budget)
    {
        if (executable.Value is not { } tesseract)
        {
            return null;
        }
        var lines = new List<DocumentLine>();
        for (int number = 1; number <= Math.Min(pages, options.MaxOcrPages); number++)
        {
            if (budget.Spent)
            {
                break;
            }
            var image = document.GetPage(number).GetImages()
                .Where(i => (long)i.WidthInSamples * i.HeightInSamples <= options.MaxImagePixels)
                .OrderByDescending(i => (long)i.WidthInSamples * i.HeightInSamples)
                .FirstOrDefault();
            // A scan is usually a JPEG (DCTDecode): its stored bytes are already a file tesseract reads.
            byte[]? picture = image is null ? null
                : image.TryGetPng(out var png) ? png
                : image.ImageDictionary.ToString()?.Contains("DCTDecode", StringComparison.Ordinal) == true ? image.RawMemory.ToArray()
                : null;
            if (picture is null)
            {
                continue;
            }
            var text = Recognise(tesseract, picture, budget.Left);
            var at = new SourceLocation(number, null);
            lines.AddRange((text ?? "").Split('\n')
                .Select(l => Text.Fold.Spaces(l))
                .Where(l => l.Length > 0)
                .Select(l => new DocumentLine { Cells = SplitWideGaps(l), At = at }));
        }
        return new DocumentText(lines, pages, IepFileFormat.Pdf);
    }

    private static List<string> SplitWideGaps(string line) => [line];

    private static string? Recognise(string tesseract, byte[] png, TimeSpan left)
    {
        if (left <= TimeSpan.Zero)
        {
            return null;
        }
        var start = new ProcessStartInfo(tesseract)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "stdin", "stdout", "-l", "eng", "--psm", "4" })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start);
        if (process is null)
        {
            return null;
        }
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        process.StandardInput.BaseStream.Write(png);
        process.StandardInput.Close();
        if (!process.WaitForExit(left))
        {
            process.Kill(entireProcessTree: true);
            return null;
        }
        return output.GetAwaiter().GetResult();
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
