using System.Globalization;
using System.Text.Json;
using IepNavigator.Knowledge;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Training.Corpus;

namespace IepNavigator.Understanding.Training;

/// <summary>Counts for one measure: how many were right out of how many.</summary>
public sealed record Score(int Right, int Total)
{
    public double Value => Total == 0 ? 1 : (double)Right / Total;

    public override string ToString() => Total == 0 ? "   -  (0)" : string.Create(CultureInfo.InvariantCulture, $"{Value * 100,5:0.0}% ({Right}/{Total})");
}

/// <summary>Precision and recall of extracted items (a fact with its value, an unknown or none fact, a detail).</summary>
public sealed record Extraction(int TruePositives, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 1 : (double)TruePositives / Predicted;
    public double Recall => Gold == 0 ? 1 : (double)TruePositives / Gold;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"P {Precision:0.000} R {Recall:0.000} (tp {TruePositives}, predicted {Predicted}, gold {Gold})");

    /// <summary>The extraction over examples, each its gold items and the items read.</summary>
    public static Extraction Sum(IEnumerable<(IReadOnlySet<string> Gold, IReadOnlySet<string> Predicted)> pairs)
    {
        int tp = 0, predicted = 0, gold = 0;
        foreach (var (g, p) in pairs)
        {
            tp += p.Count(g.Contains);
            predicted += p.Count;
            gold += g.Count;
        }
        return new Extraction(tp, predicted, gold);
    }
}

/// <summary>One example read and compared with its labels.</summary>
public sealed record ExampleResult(CorpusExample Example, MessageReading Reading, IReadOnlySet<string> GoldFacts, IReadOnlySet<string> PredictedFacts,
    IReadOnlySet<string> GoldDetails, IReadOnlySet<string> PredictedDetails)
{
    public bool StageRight => (Reading.Stage.Best is { } s ? StageNames.Name(s) : null) == Example.Stage;
    public bool IntentRight => IntentNames.Name(Reading.Intent.Best) == Example.Intent;
    public bool FactsRight => GoldFacts.SetEquals(PredictedFacts);
}

/// <summary>The numbers for one group of examples (a split, one language).</summary>
public sealed record GroupReport(string Name, Score Stage, Score Intent, Extraction Facts, Extraction Approximate, Extraction Details, Score Letter, Score Topic,
    Score StageConfident, Score IntentConfident, int StageUnsure, int IntentUnsure);

/// <summary>Reads corpus examples with a <see cref="MessageReader"/> and compares every label (the corpus's fixed today, GUIDE.md F1).</summary>
public static class Evaluator
{
    public static readonly DateOnly CorpusToday = new(2026, 12, 6);

    public static IReadOnlyList<ExampleResult> Run(MessageReader reader, IEnumerable<CorpusExample> examples, string? stageForFacts = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return [.. examples.Select(e =>
        {
            try
            {
                return Compare(e, reader.Read(e.Text, new MessageContext(CorpusToday) { Awaiting = e.Awaiting, StageForFacts = stageForFacts == "gold" ? e.Stage ?? MessageReader.NoStage : stageForFacts }));
            }
            catch (Exception ex)
            {
                throw new InvalidOperationException($"Reading {e.Id} failed.", ex);
            }
        })];
    }

    public static ExampleResult Compare(CorpusExample example, MessageReading reading)
    {
        ArgumentNullException.ThrowIfNull(example);
        ArgumentNullException.ThrowIfNull(reading);
        return new ExampleResult(example, reading, GoldItems(example), PredictedItems(reading),
            example.Details.Select(d => d.Key + "=" + d.Value).ToHashSet(StringComparer.Ordinal),
            reading.Details.Stated().Select(d => d.Key + "=" + d.Value).ToHashSet(StringComparer.Ordinal));
    }

    public static GroupReport Report(string name, IReadOnlyList<ExampleResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var letters = results.Where(r => r.Example.Intent is "draft-letter" or "letter-sent").ToList();
        var topics = results.Where(AsksTopic).ToList();
        var stageConfident = results.Where(r => !r.Reading.Stage.Unsure).ToList();
        var intentConfident = results.Where(r => !r.Reading.Intent.Unsure).ToList();
        return new GroupReport(name,
            new Score(results.Count(r => r.StageRight), results.Count),
            new Score(results.Count(r => r.IntentRight), results.Count),
            Extraction.Sum(results.Select(r => (r.GoldFacts, r.PredictedFacts))),
            Extraction.Sum(results.Select(r => (Approximate(r.Example.Approximate), Approximate(r.Reading.Approximate)))),
            Extraction.Sum(results.Select(r => (r.GoldDetails, r.PredictedDetails))),
            new Score(letters.Count(r => r.Reading.LetterId == r.Example.Letter), letters.Count),
            new Score(topics.Count(TopicRight), topics.Count),
            new Score(stageConfident.Count(r => r.StageRight), stageConfident.Count),
            new Score(intentConfident.Count(r => r.IntentRight), intentConfident.Count),
            results.Count - stageConfident.Count,
            results.Count - intentConfident.Count);
    }

    /// <summary>A side question: the examples whose topic is scored (GUIDE.md C5: ask-process and explain-term).</summary>
    public static bool AsksTopic(ExampleResult result) => result?.Example.Intent is "ask-process" or "explain-term";

    /// <summary>The topic read is the one labelled.</summary>
    public static bool TopicRight(ExampleResult result) => result?.Reading.Topic == result?.Example.Topic;

    /// <summary>The labelled facts as comparable items: "state=OH", "concerns=reading", "unknown:servicesDelivered", "none:consentSignedOn".</summary>
    public static IReadOnlySet<string> GoldItems(CorpusExample example)
    {
        ArgumentNullException.ThrowIfNull(example);
        var items = new HashSet<string>(StringComparer.Ordinal);
        if (example.Facts.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in example.Facts.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in property.Value.EnumerateArray())
                    {
                        items.Add(property.Name + "=" + item.GetString());
                    }
                }
                else
                {
                    items.Add(property.Name + "=" + (property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText()));
                }
            }
        }
        items.UnionWith(example.Unknown.Select(u => "unknown:" + u));
        items.UnionWith(example.None.Select(n => "none:" + n));
        return items;
    }

    public static IReadOnlySet<string> PredictedItems(MessageReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var items = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in CaseFactFields.All.Where(f => f.IsKnown(reading.Facts)))
        {
            switch (field.Read(reading.Facts))
            {
                case IReadOnlyList<ConcernArea> areas:
                    items.UnionWith(areas.Select(a => field.Name + "=" + KnowledgeJson.EnumName(a)));
                    break;
                case DateOnly date:
                    items.Add(field.Name + "=" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    break;
                case bool flag:
                    items.Add(field.Name + "=" + (flag ? "true" : "false"));
                    break;
                case Enum value:
                    items.Add(field.Name + "=" + KnowledgeJson.EnumName(value));
                    break;
                case var value:
                    items.Add(field.Name + "=" + Convert.ToString(value, CultureInfo.InvariantCulture));
                    break;
            }
        }
        items.UnionWith(reading.Unknown.Select(u => "unknown:" + u));
        items.UnionWith(reading.None.Select(n => "none:" + n));
        return items;
    }

    private static IReadOnlySet<string> Approximate(IEnumerable<string> facts) => facts.Select(f => "approximate:" + f).ToHashSet(StringComparer.Ordinal);
}
