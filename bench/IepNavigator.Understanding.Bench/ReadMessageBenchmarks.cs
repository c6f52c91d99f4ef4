using BenchmarkDotNet.Attributes;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;

namespace IepNavigator.Understanding.Bench;

/// <summary>
/// One <see cref="MessageReader.Read"/> call: both models, clause splitting and every fact reader. The reader (models
/// loaded, vocabulary compiled) is built once, outside the measurement, as the host builds it once at start.
/// Target (issue 17): median at most 2 ms of CPU per free-text message. The machine is shared, so the baseline is one
/// knowledge-base <c>Advise</c> call (58 µs median on an idle machine, bench/README.md): the ratio column is what to compare.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ReadMessageBenchmarks
{
    private static readonly MessageContext Opening = new(new DateOnly(2026, 12, 6));
    private static readonly MessageContext AwaitingDate = Opening with { Awaiting = "evaluationRequestedOn" };

    private readonly MessageReader reader = new();
    private readonly Advisor advisor = new();
    private readonly CaseFacts facts = new() { State = "OH", Stage = Stage.Concerned, Concerns = [ConcernArea.Reading], EvaluationRequestedOn = new(2026, 10, 3), RequestInWriting = true };

    private const string Story =
        "My daughter is in 3rd grade in Ohio and struggling with reading, the teacher says wait and see. I emailed the principal "
        + "on October 3 asking for an evaluation and nothing since. She's 8, she cries every morning and her handwriting is awful.";

    private const string SpanishStory =
        "Mi hijo tiene 9 años y está en cuarto grado en Texas. Pedí la evaluación por escrito el 5 de noviembre y me dijeron que "
        + "no lo van a evaluar porque sus calificaciones están bien. No sabe leer bien y no pone atención.";

    /// <summary>
    /// The messages bench/load's scripted parents type (bench/IepNavigator.Load/scripts/paths.json, less the button titles the
    /// dialogs take as taps), with the field each answers: a short opening statement costs what the load benchmark's guided turn pays.
    /// </summary>
    private static readonly (string Text, MessageContext Context)[] LoadScript =
    [
        ("hi", Opening), ("hello", Opening), ("he got suspended again", Opening), ("12", Opening with { Awaiting = "daysRemovedThisYear" }),
        ("last Monday", Opening with { Awaiting = "disciplineChangeOfPlacementOn" }), ("no", Opening with { Awaiting = "hasBehaviorPlan" }),
        ("why 1", Opening), ("the IEP isn't working", Opening), ("they said she doesn't qualify", Opening),
        ("last month", Opening with { Awaiting = "eligibilityDecidedOn" }), ("What is an IEE?", Opening with { Awaiting = "hasEvaluationReport" }),
    ];

    private static readonly string TenKilobytes = string.Concat(Enumerable.Repeat("he can't read and they won't test him. ", 260));

    [Benchmark(Baseline = true, Description = "baseline: one Advise call (knowledge base)")]
    public object Advise() => advisor.Advise(facts, new DateOnly(2026, 12, 6));

    [Benchmark(Description = "English opening, 3 sentences, 8 facts")]
    public MessageReading EnglishStory() => reader.Read(Story, Opening);

    [Benchmark(Description = "Spanish opening, 3 sentences, 7 facts")]
    public MessageReading SpanishOpening() => reader.Read(SpanishStory, Opening);

    [Benchmark(Description = "Short answer to a date question")]
    public MessageReading ShortAnswer() => reader.Read("april i think", AwaitingDate);

    [Benchmark(Description = "A side question")]
    public MessageReading SideQuestion() => reader.Read("We live in Georgia. How long does the school have?", Opening);

    [Benchmark(Description = "bench/load's 11 typed messages, one read each")]
    public int LoadScriptMessages()
    {
        var read = 0;
        foreach (var (text, context) in LoadScript)
        {
            read += reader.Read(text, context).Statements.Count;
        }
        return read;
    }

    [Benchmark(Description = "10 kB paste (read up to its first 4,000 characters)")]
    public MessageReading HugeMessage() => reader.Read(TenKilobytes, Opening);
}
