using BenchmarkDotNet.Attributes;
using IepNavigator.Goals.Checking;
using IepNavigator.IepReading.Corpus;
using IepNavigator.IepReading.Explaining;
using IepNavigator.IepReading.Model;

namespace IepNavigator.IepReading.Bench;

/// <summary>
/// Reading a parent's IEP end to end: the safety scan, the text layer, sections, goals (through the goal checker),
/// services, dates, facts and findings. Target (issue 24): a 40-page PDF in 2 s or less.
/// </summary>
[MemoryDiagnoser]
public class ReadIepBenchmarks
{
    private readonly IepReader reader = new(new GoalChecker(), new IepReadingOptions(), TimeProvider.System);
    private readonly IepExplainer explainer = new(new GoalChecker());
    private readonly DateOnly today = CorpusDefaults.Today;
    private byte[] fortyPages = [];
    private byte[] word = [];
    private IepExtraction reading = null!;

    [GlobalSetup]
    public void Setup()
    {
        fortyPages = CorpusDocuments.Get("13-willow-forty-pages").File;
        word = CorpusDocuments.Get("06-harbor-transition").File;
        reading = reader.Read(fortyPages, today);
        if (reading.Outcome != ReadOutcome.Read || reading.Pages != 40 || reading.Goals.Count != 3)
        {
            throw new InvalidOperationException($"The 40-page PDF did not read as expected: {reading.Outcome}, {reading.Pages} pages, {reading.Goals.Count} goals.");
        }
    }

    [Benchmark(Description = "Read a 40-page PDF IEP")]
    public IepExtraction ReadFortyPagePdf() => reader.Read(fortyPages, today);

    [Benchmark(Description = "Read a Word IEP")]
    public IepExtraction ReadWordIep() => reader.Read(word, today);

    [Benchmark(Description = "Explain a reading (English)")]
    public IepExplanation Explain() => explainer.Explain(reading, "en");
}
