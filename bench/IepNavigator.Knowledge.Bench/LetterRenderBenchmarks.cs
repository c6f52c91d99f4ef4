using BenchmarkDotNet.Attributes;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Letters;
using IepNavigator.Letters.Templates;

namespace IepNavigator.Knowledge.Bench;

/// <summary>
/// Time to fill one letter and write it out, per format (target: .docx under 5 ms). The catalog is
/// compiled once in setup, as the host does at start-up.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class LetterRenderBenchmarks
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private readonly CaseFacts _facts = new()
    {
        Today = Today,
        State = "TX",
        Concerns = [ConcernArea.Reading, ConcernArea.Writing, ConcernArea.Attention, ConcernArea.SpeechLanguage],
        EvaluationRequestedOn = new DateOnly(2026, 9, 14),
    };

    private LetterRenderer _renderer = null!;
    private Dictionary<string, string?> _fields = null!;

    [Params("evaluation-request", "records-request")]
    public string LetterId { get; set; } = "evaluation-request";

    [GlobalSetup]
    public void Setup()
    {
        _renderer = new LetterRenderer(new LetterTemplateCatalog());
        _fields = new Dictionary<string, string?>
        {
            ["childName"] = "Maya Lopez",
            ["childDateOfBirth"] = "March 3, 2017",
            ["school"] = "Lincoln Elementary School",
            ["grade"] = "3",
            ["district"] = "Springfield Unified School District",
            ["parentName"] = "Rosa Lopez",
            ["parentEmail"] = "rosa.lopez@example.org",
            ["parentPhone"] = "555-0142",
            ["parentAddress"] = "12 Oak Street\nSpringfield, TX 75001",
            ["recipientName"] = "Dr. Alan Greene",
            ["recipientTitle"] = "Director of Special Education",
            ["principalName"] = "Ms. Dana Whitfield",
            ["concernDetails"] = "Reading homework takes two hours; she reverses letters and avoids reading aloud.",
            ["recordsFormat"] = "PDF files by email",
        };
    }

    [Benchmark(Baseline = true)]
    public string RenderText() => _renderer.RenderText(LetterId, _fields, _facts, Today).Value!;

    [Benchmark]
    public byte[] RenderDocx() => _renderer.RenderDocx(LetterId, _fields, _facts, Today).Value!;

    [Benchmark]
    public string RenderIcs() => _renderer.RenderIcs(LetterId, _fields, _facts, Today).Value!;
}
