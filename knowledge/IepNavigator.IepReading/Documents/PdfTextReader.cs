using IepNavigator.IepReading.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace IepNavigator.IepReading.Documents;

/// <summary>
/// A PDF's text layer as lines: words grouped by baseline, cells split at wide gaps (tables, forms), a page of two
/// prose columns read left column first. Pages with pictures and (almost) no text are counted as scanned.
/// </summary>
internal sealed class PdfTextReader(IepReadingOptions options, OcrReader? ocr)
{
    /// <summary>Fewer characters than this on a page that has an image: the page is a picture of paper.</summary>
    private const int ScannedPageCharacters = 40;

    public TextReading Read(byte[] file, ReadingBudget budget)
    {
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(file, new ParsingOptions
            {
                UseLenientParsing = true,
                SkipMissingFonts = true,
                MaxStackDepth = options.MaxNestingDepth,
            });
        }
        catch (PdfDocumentEncryptedException)
        {
            return TextReading.Refuse(RefusalReason.PasswordProtected);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or ReadingBudgetSpentException))
        {
            return TextReading.Refuse(RefusalReason.Damaged);
        }

        using (document)
        {
            int pages;
            try
            {
                pages = document.NumberOfPages;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                return TextReading.Refuse(RefusalReason.Damaged);
            }
            if (pages > options.MaxPages)
            {
                return TextReading.Refuse(RefusalReason.TooManyPages);
            }
            if (pages == 0)
            {
                return TextReading.Refuse(RefusalReason.Damaged);
            }

            var lines = new List<DocumentLine>();
            var pageLines = new List<List<DocumentLine>>();
            int scannedPages = 0, readPages = 0;
            bool tooDeep = false;
            for (int number = 1; number <= pages; number++)
            {
                budget.ThrowIfSpent();
                Page page;
                List<DocumentLine> these;
                try
                {
                    page = document.GetPage(number);
                    these = PageLines(page, number);
                }
                catch (Exception ex) when (ex is not (OutOfMemoryException or ReadingBudgetSpentException))
                {
                    // One broken page does not lose the others; a page nested past the limit marks the file unsafe.
                    tooDeep |= ex is PdfDocumentStackDepthException;
                    pageLines.Add([]);
                    continue;
                }
                readPages++;
                int characters = these.Sum(l => l.Text.Length);
                if (characters < ScannedPageCharacters && HasImage(page))
                {
                    scannedPages++;
                }
                pageLines.Add(these);
            }
            if (readPages == 0)
            {
                return TextReading.Refuse(tooDeep ? RefusalReason.Unsafe : RefusalReason.Damaged);
            }

            foreach (var page in RunningLines.Remove(pageLines))
            {
                lines.AddRange(page);
            }
            var text = new DocumentText(lines, pages, IepFileFormat.Pdf);
            bool scanned = scannedPages * 2 >= readPages && text.Characters < ScannedPageCharacters * readPages;
            if (!scanned)
            {
                return new TextReading(text);
            }
            if (ocr is not null && ocr.Available)
            {
                var recognised = ocr.Read(document, pages, budget);
                // Recognition that used up the time leaves nothing to read the text with: still a scan, not a failure.
                if (recognised is { Characters: > 0 } && !budget.Spent)
                {
                    return new TextReading(recognised, LooksScanned: true, UsedOcr: true);
                }
            }
            return new TextReading(text, LooksScanned: true);
        }
    }

    private static bool HasImage(Page page)
    {
        try
        {
            // Counting images reads their dictionaries only; no image is decoded.
            return page.GetImages().Any();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return false;
        }
    }

    private static List<DocumentLine> PageLines(Page page, int number)
    {
        List<Word> words;
        try
        {
            words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or PdfDocumentStackDepthException))
        {
            return [];
        }
        if (words.Count == 0)
        {
            return [];
        }
        // Sizes and fonts per word (its first letter), not per letter: a page has thousands of letters.
        var bodySize = Median(words.Select(Size).Where(s => s > 0).DefaultIfEmpty(10));
        // Running headers and footers stay first and last whatever the columns do, so they can be taken out.
        var rows = Rows(words);
        var top = rows.Where(r => r[0].BoundingBox.Bottom > page.Height * 0.93).ToList();
        var bottom = rows.Where(r => r[0].BoundingBox.Top < page.Height * 0.07).ToList();
        var body = rows.Except(top).Except(bottom).ToList();
        var ordered = top.Concat(ColumnGutter(body) is { } x ? InColumns(body, x) : body).Concat(bottom).ToList();
        var at = new SourceLocation(number, null);
        return ordered.Select(row => Line(row, at, bodySize)).ToList();
    }

    /// <summary>Words on the same baseline (within a third of the text height), top of the page first, left to right.</summary>
    private static List<List<Word>> Rows(List<Word> words)
    {
        var rows = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var height = Math.Max(2, word.BoundingBox.Height);
            var row = rows.Count > 0 ? rows[^1] : null;
            if (row is not null && Math.Abs(row[0].BoundingBox.Bottom - word.BoundingBox.Bottom) <= height * 0.35)
            {
                row.Add(word);
            }
            else
            {
                rows.Add([word]);
            }
        }
        foreach (var row in rows)
        {
            row.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
        }
        return rows;
    }

    private static DocumentLine Line(List<Word> row, SourceLocation at, double bodySize)
    {
        var cells = new List<string>();
        var cellX = new List<double>();
        var cellRight = new List<double>();
        var current = new List<string>();
        double start = row[0].BoundingBox.Left, right = row[0].BoundingBox.Right;
        for (int i = 0; i < row.Count; i++)
        {
            var word = row[i];
            if (i > 0)
            {
                var pointSize = Math.Max(4, word.Letters.Count > 0 ? word.Letters[0].PointSize : 10);
                var gap = word.BoundingBox.Left - row[i - 1].BoundingBox.Right;
                // A gap wider than about three spaces separates table cells or form fields.
                if (gap > pointSize * 1.1)
                {
                    cells.Add(string.Join(' ', current));
                    cellX.Add(start);
                    cellRight.Add(right);
                    current.Clear();
                    start = word.BoundingBox.Left;
                }
            }
            current.Add(word.Text);
            right = word.BoundingBox.Right;
        }
        cells.Add(string.Join(' ', current));
        cellX.Add(start);
        cellRight.Add(right);

        int bold = row.Count(w => w.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true);
        double size = row.Average(Size);
        return new DocumentLine
        {
            Cells = cells,
            CellX = cellX,
            CellRight = cellRight,
            Words = row.Select(w => new PlacedWord(w.Text, w.BoundingBox.Left, w.BoundingBox.Right)).ToList(),
            At = at,
            Emphasis = bold * 2 > row.Count || size >= bodySize * 1.15,
        };
    }

    /// <summary>
    /// The x of the gap between two prose columns, or null: exactly one vertical strip that (almost) no line crosses,
    /// near the middle of the text, with lines on both sides that fill their column (a table has several strips; a
    /// form's "label: value" pairs do not fill). A title or footer across both columns may cross it.
    /// </summary>
    private static double? ColumnGutter(List<List<Word>> rows)
    {
        if (rows.Count < 8)
        {
            return null;
        }
        var words = rows.SelectMany(r => r).ToList();
        double left = words.Min(w => w.BoundingBox.Left), right = words.Max(w => w.BoundingBox.Right);
        int width = (int)Math.Ceiling(right - left) + 1;
        if (width < 100)
        {
            return null;
        }
        var crossing = new int[width];
        foreach (var row in rows)
        {
            var covered = new bool[width];
            foreach (var word in row)
            {
                int from = Math.Max(0, (int)(word.BoundingBox.Left - left));
                int to = Math.Min(width - 1, (int)Math.Ceiling(word.BoundingBox.Right - left));
                for (int x = from; x <= to; x++)
                {
                    covered[x] = true;
                }
            }
            for (int x = 0; x < width; x++)
            {
                crossing[x] += covered[x] ? 1 : 0;
            }
        }
        int allowed = Math.Max(1, rows.Count / 10);
        var gaps = new List<(int From, int To)>();
        for (int x = 0; x < width;)
        {
            if (crossing[x] > allowed)
            {
                x++;
                continue;
            }
            int from = x;
            while (x < width && crossing[x] <= allowed)
            {
                x++;
            }
            if (x - from >= 10 && from > 0 && x < width)
            {
                gaps.Add((from, x));
            }
        }
        if (gaps.Count != 1)
        {
            return null;
        }
        double middle = left + (gaps[0].From + gaps[0].To) / 2.0;
        if (middle < left + (right - left) * 0.35 || middle > left + (right - left) * 0.65)
        {
            return null;
        }
        double leftWidth = middle - left, rightWidth = right - middle;
        var split = rows.Where(r => !Spans(r, middle)).ToList();
        int leftFull = split.Count(r => r.Where(w => Center(w) < middle).Select(w => w.BoundingBox.Right).DefaultIfEmpty(left).Max() - left > leftWidth * 0.75);
        int rightFull = split.Count(r => r.Where(w => Center(w) >= middle).Select(w => w.BoundingBox.Right).DefaultIfEmpty(middle).Max() - middle > rightWidth * 0.75);
        int leftRows = split.Count(r => r.Any(w => Center(w) < middle));
        int rightRows = split.Count(r => r.Any(w => Center(w) >= middle));
        // Prose fills its column on most lines; a form's values and a table's cells do not.
        return leftRows >= 4 && rightRows >= 4 && leftFull >= leftRows * 0.4 && rightFull >= rightRows * 0.4 ? middle : null;
    }

    /// <summary>Rows between two full-width rows: the left column's, then the right column's; full-width rows stay where they are.</summary>
    private static List<List<Word>> InColumns(List<List<Word>> rows, double gutter)
    {
        var ordered = new List<List<Word>>();
        var leftBand = new List<List<Word>>();
        var rightBand = new List<List<Word>>();
        void Flush()
        {
            ordered.AddRange(leftBand);
            ordered.AddRange(rightBand);
            leftBand.Clear();
            rightBand.Clear();
        }
        foreach (var row in rows)
        {
            if (Spans(row, gutter))
            {
                Flush();
                ordered.Add(row);
                continue;
            }
            var leftWords = row.Where(w => Center(w) < gutter).ToList();
            var rightWords = row.Where(w => Center(w) >= gutter).ToList();
            if (leftWords.Count > 0)
            {
                leftBand.Add(leftWords);
            }
            if (rightWords.Count > 0)
            {
                rightBand.Add(rightWords);
            }
        }
        Flush();
        return ordered;
    }

    private static bool Spans(List<Word> row, double x) => row.Any(w => w.BoundingBox.Left < x && w.BoundingBox.Right > x);

    private static double Size(Word word) => word.Letters.Count > 0 ? word.Letters[0].PointSize : 0;

    private static double Center(Word word) => (word.BoundingBox.Left + word.BoundingBox.Right) / 2;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
