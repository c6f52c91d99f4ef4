using System.Text.Json;
using IepNavigator.Understanding.Lexicon;
using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Corpus;
using IepNavigator.Understanding.Training;

namespace IepNavigator.Understanding.Tests.Lexicon;

/// <summary>
/// The phrase sets' index (<see cref="PhraseIndex"/>) only saves work: every corpus line of every split, the negatives
/// and the acceptance set read to the same whole <see cref="MessageReading"/> with it as with the whole expressions the
/// engine ran before. Outputs are compared, nothing is tuned, so the test split is read like the others.
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed class PhraseEngineEquivalenceTests(CorpusFixture corpus)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    [Fact]
    public void EveryCorpusLine_ReadsTheSameWithTheIndexAsWithWholeExpressions()
    {
        var different = new List<string>();
        foreach (var example in corpus.Examples)
        {
            var context = new MessageContext(Evaluator.CorpusToday) { Awaiting = example.Awaiting };
            var indexed = JsonSerializer.Serialize(corpus.Reader.Read(example.Text, context), Json);
            var whole = PhraseSet.WithWholeExpressions(() => JsonSerializer.Serialize(corpus.Reader.Read(example.Text, context), Json));
            if (indexed != whole)
            {
                different.Add(example.Id);
            }
        }
        Assert.True(corpus.Examples.Count > 1000, $"only {corpus.Examples.Count} corpus lines");
        Assert.True(different.Count == 0, $"{different.Count} lines read differently: {string.Join(", ", different.Take(20))}");
    }

    [Fact]
    public void Reading_SerializesWholly()
    {
        // The comparison above is only as good as the dump: it must carry the facts, the answer and the clauses.
        var reading = corpus.Reader.Read("My son is 8 and in 3rd grade in Ohio. I asked for an evaluation on October 3, is that right?", new MessageContext(Evaluator.CorpusToday));
        var dump = JsonSerializer.Serialize(reading, Json);
        Assert.Contains("\"State\":\"OH\"", dump, StringComparison.Ordinal);
        Assert.Contains("2026-10-03", dump, StringComparison.Ordinal);
        Assert.Contains("is that right", dump, StringComparison.Ordinal);
    }
}
