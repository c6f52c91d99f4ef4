using System.Text;
using IepNavigator.IepReading.Model;
using Microsoft.Extensions.Time.Testing;
using static IepNavigator.IepReading.Tests.Hostile.HostileFiles;

namespace IepNavigator.IepReading.Tests.Hostile;

/// <summary>
/// Files crafted to hurt a reader. Each is refused or read without harm: a clear outcome (never an exception), well
/// within the reader's own time budget, and with a bounded amount of memory allocated while reading it.
/// </summary>
public sealed class HostileFileTests
{
    /// <summary>No hostile file may make the reader allocate more than this (the bombs below expand to 300 MB or more).</summary>
    private const long MemoryBudget = 96L * 1024 * 1024;

    private static IepExtraction ReadWithinBudget(byte[] file, IepReadingOptions? options = null)
    {
        var reader = Readers.Create(options, TimeProvider.System);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var reading = reader.Read(file, Readers.Today);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < MemoryBudget, $"allocated {allocated / (1024 * 1024)} MB reading a hostile file");
        Assert.NotEqual(RefusalReason.TooSlow, reading.Refusal);
        return reading;
    }

    [Fact]
    public void Read_PlainCraftedPdf_FindsTheGoal()
    {
        // The control: the same hand-made PDF without a trap is read, so the refusals below are about the traps.
        var reading = ReadWithinBudget(OnePage());
        Assert.Equal(ReadOutcome.Read, reading.Outcome);
        Assert.Contains(reading.Goals, g => g.Text.Contains("90 words correct per minute", StringComparison.Ordinal));
        Assert.False(reading.ContainsActiveContent);
    }

    [Fact]
    public void Read_DecompressionBomb_RefusedAsUnsafe()
    {
        // 120 MB of zeros (more than a stream may inflate to) in a content stream of a few hundred KB.
        var bomb = Stream("/Filter /FlateDecode", DeflatedZeros(120L * 1024 * 1024));
        var file = Pdf([Bytes("<< /Type /Catalog /Pages 2 0 R >>"), Bytes("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Bytes("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>"), bomb]);
        var reading = ReadWithinBudget(file);
        Assert.Equal(ReadOutcome.Refused, reading.Outcome);
        Assert.Equal(RefusalReason.Unsafe, reading.Refusal);
    }

    [Fact]
    public void Read_ManySmallBombs_RefusedWhenTheirSumPassesTheBudget()
    {
        var options = new IepReadingOptions { MaxDecompressedBytes = 64 * 1024 * 1024, MaxStreamBytes = 40 * 1024 * 1024 };
        var piece = DeflatedZeros(30L * 1024 * 1024);
        var extra = Enumerable.Range(0, 4).Select(_ => Stream("/Filter /FlateDecode", piece)).ToList();
        var reading = ReadWithinBudget(OnePage(moreObjects: extra), options);
        Assert.Equal(RefusalReason.Unsafe, reading.Refusal);
    }

    [Theory]
    [InlineData("dictionary")]
    [InlineData("array")]
    [InlineData("content")]
    public void Read_DeeplyNestedObjects_RefusedAsUnsafe(string where)
    {
        var file = where switch
        {
            "dictionary" => OnePage(resourcesExtra: "/Deep " + string.Concat(Enumerable.Repeat("<< /A ", 50_000)) + string.Concat(Enumerable.Repeat(">> ", 50_000))),
            "array" => OnePage(catalogExtra: "/Deep " + new string('[', 200_000) + new string(']', 200_000)),
            _ => OnePage(contentExtra: new string('[', 100_000) + new string(']', 100_000) + " TJ"),
        };
        var reading = ReadWithinBudget(file);
        Assert.Equal(ReadOutcome.Refused, reading.Outcome);
        Assert.Equal(RefusalReason.Unsafe, reading.Refusal);
    }

    [Fact]
    public void Read_NestingInsideACompressedObjectStream_RefusedAsUnsafe()
    {
        var deep = Bytes("6 0 " + new string('[', 10_000) + new string(']', 10_000));
        var objectStream = Stream("/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", Deflate(deep));
        var reading = ReadWithinBudget(OnePage(moreObjects: [objectStream]));
        Assert.Equal(RefusalReason.Unsafe, reading.Refusal);
    }

    [Fact]
    public void Read_JavaScriptAndLaunchActions_TextReadScriptsFlaggedNeverRun()
    {
        var file = OnePage(
            catalogExtra: "/OpenAction << /S /JavaScript /JS (app.launchURL\\('http://example.invalid'\\)) >> /Names << /J#61vaScript 6 0 R >>",
            moreObjects: [Bytes("<< /Names [(x) << /S /Launch /F (calc.exe) >>] >>")]);
        var reading = ReadWithinBudget(file);
        Assert.Equal(ReadOutcome.Read, reading.Outcome);
        Assert.True(reading.ContainsActiveContent);
        Assert.Single(reading.Goals);
    }

    [Fact]
    public void Read_HugeImageClaimingTenBillionPixels_NotDecoded()
    {
        var image = Stream("/Type /XObject /Subtype /Image /Width 100000 /Height 100000 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode", Deflate(new byte[3000]));
        var file = Pdf([Bytes("<< /Type /Catalog /Pages 2 0 R >>"), Bytes("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Bytes("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>"),
            Stream("", Bytes("q 612 0 0 792 0 0 cm /Im1 Do Q")), image]);
        // With recognition switched on, the image is still too large to decode; a page of only a picture is a scan.
        var reading = ReadWithinBudget(file, new IepReadingOptions { UseOcr = true });
        Assert.Equal(ReadOutcome.LooksScanned, reading.Outcome);
        Assert.Empty(reading.Goals);
    }

    [Fact]
    public void Read_BrokenCrossReferenceTable_TextStillRead()
    {
        // Every offset in the table is wrong; the objects themselves are fine (a file damaged by an e-mail gateway).
        var reading = ReadWithinBudget(OnePage(brokenXref: true));
        Assert.Equal(ReadOutcome.Read, reading.Outcome);
        Assert.Single(reading.Goals);
    }

    [Fact]
    public void Read_TruncatedPdf_RefusedAsDamaged()
    {
        var file = OnePage();
        var reading = ReadWithinBudget(file[..(file.Length / 3)]);
        Assert.Equal(ReadOutcome.Refused, reading.Outcome);
        Assert.Equal(RefusalReason.Damaged, reading.Refusal);
    }

    [Fact]
    public void Read_PageTreeClaimingAMillionPages_ReadsOnlyThePagesThatExist()
    {
        var reading = ReadWithinBudget(OnePage(pagesCount: "1000000"));
        Assert.Equal(ReadOutcome.Read, reading.Outcome);
        Assert.Equal(1, reading.Pages);
        Assert.Single(reading.Goals);
    }

    [Fact]
    public void Read_MorePagesThanTheLimit_RefusedAsTooManyPages()
    {
        var reading = ReadWithinBudget(IepNavigator.IepReading.Corpus.CorpusDocuments.Get("01-lincoln-table").File, new IepReadingOptions { MaxPages = 1 });
        Assert.Equal(RefusalReason.TooManyPages, reading.Refusal);
    }

    [Fact]
    public void Read_RandomBytesAfterAPdfHeader_RefusedAsDamaged()
    {
        var random = new Random(24);
        var junk = new byte[200_000];
        random.NextBytes(junk);
        var reading = ReadWithinBudget([.. Bytes("%PDF-1.7\n"), .. junk]);
        Assert.Equal(ReadOutcome.Refused, reading.Outcome);
    }

    [Fact]
    public void Read_WordZipBomb_RefusedAsUnsafe()
    {
        var file = Docx(document =>
        {
            document.Write(Encoding.UTF8.GetBytes(WordOpen + Paragraph(GoalText)));
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (int i = 0; i < 400; i++)
            {
                document.Write(spaces);
            }
            document.Write(Encoding.UTF8.GetBytes(WordClose));
        });
        Assert.True(file.Length < 4 * 1024 * 1024, $"{file.Length} bytes");
        var reading = ReadWithinBudget(file);
        Assert.Equal(RefusalReason.Unsafe, reading.Refusal);
    }

    [Fact]
    public void Read_WordWithEntityExpansion_RefusedNotExpanded()
    {
        // "Billion laughs": entities that expand to gigabytes if a parser honours the document type definition.
        var laughs = "<!DOCTYPE w:document [<!ENTITY a \"lol\">" + string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY {(char)('a' + i)} \"{string.Concat(Enumerable.Repeat($"&{(char)('a' + i - 1)};", 10))}\">")) + "]>";
        var file = Docx(document => document.Write(Encoding.UTF8.GetBytes(WordOpen.Replace("<w:document", laughs + "<w:document", StringComparison.Ordinal) + Paragraph("&j;") + WordClose)));
        var reading = ReadWithinBudget(file);
        Assert.Equal(ReadOutcome.Refused, reading.Outcome);
    }

    [Fact]
    public void Read_WordTablesNestedDeeply_ReadWithoutStackTrouble()
    {
        var nested = string.Concat(Enumerable.Repeat("<w:tbl><w:tr><w:tc>", 2_000)) + Paragraph("deep") + string.Concat(Enumerable.Repeat("</w:tc></w:tr></w:tbl>", 2_000));
        var file = Docx(document => document.Write(Encoding.UTF8.GetBytes(WordOpen + Paragraph(GoalText) + nested + WordClose)));
        var reading = ReadWithinBudget(file);
        Assert.NotEqual(ReadOutcome.LooksScanned, reading.Outcome);
    }

    [Fact]
    public void Read_WordWithEndlessParagraphs_RefusedAsTooManyPages()
    {
        var file = Docx(document =>
        {
            document.Write(Encoding.UTF8.GetBytes(WordOpen));
            var paragraph = Encoding.UTF8.GetBytes(Paragraph("Eli will read."));
            for (int i = 0; i < 20_000; i++)
            {
                document.Write(paragraph);
            }
            document.Write(Encoding.UTF8.GetBytes(WordClose));
        });
        var reading = ReadWithinBudget(file, new IepReadingOptions { MaxPages = 100 });
        Assert.Equal(RefusalReason.TooManyPages, reading.Refusal);
    }

    [Theory]
    [InlineData(new byte[0], RefusalReason.Empty)]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 }, RefusalReason.OldWordFormat)]
    [InlineData(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10 }, RefusalReason.NotSupported)]
    public void Read_NotAnIepFile_RefusedWithItsReason(byte[] file, RefusalReason reason)
    {
        Assert.Equal(reason, ReadWithinBudget(file).Refusal);
    }

    [Fact]
    public void Read_OverTheSizeLimit_RefusedUnread()
    {
        var reading = ReadWithinBudget(OnePage(), new IepReadingOptions { MaxFileBytes = 100 });
        Assert.Equal(RefusalReason.TooLarge, reading.Refusal);
    }

    [Fact]
    public void Read_ClockPastTheBudget_RefusedAsTooSlow()
    {
        // A clock that moves a second each time it is read: the budget runs out between pages, as it would on a slow file.
        var clock = new TickingClock();
        var reading = Readers.Create(new IepReadingOptions { Timeout = TimeSpan.FromSeconds(3) }, clock).Read(IepNavigator.IepReading.Corpus.CorpusDocuments.Get("13-willow-forty-pages").File, Readers.Today);
        Assert.Equal(RefusalReason.TooSlow, reading.Refusal);
    }

    private sealed class TickingClock : TimeProvider
    {
        private DateTimeOffset now = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => now = now.AddSeconds(1);
    }
}
