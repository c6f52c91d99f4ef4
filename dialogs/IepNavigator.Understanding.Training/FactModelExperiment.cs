using System.Diagnostics;
using System.Globalization;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Text;
using IepNavigator.Understanding.Training.Corpus;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;

namespace IepNavigator.Understanding.Training;

/// <summary>
/// Issue 17's experiment (`factmodel-eval`): does a trained model beside the rules read yes/no facts and concern areas
/// in wordings the rules have not seen, without costing precision? One shared featurization of the message's
/// statement clauses (word 1–2-grams, character 3- and 4-grams), then one linear maximum-entropy head per fact
/// (absent / true / false; a concern area: absent / true). The rules' reading stands; a head may only ADD a fact the
/// rules left open, above a per-fact threshold chosen by 5-fold cross-validation on the train split for precision
/// ≥ 0.98, and never on a message that is suspicious, about another parent's child, or states nothing. Dev is read once
/// for the design; test is never read here.
/// </summary>
public static class FactModelExperiment
{
    public const int Folds = 5;
    public const int MinExamples = 15;
    public const double TargetPrecision = 0.98;

    /// <summary>A threshold must let through at least this many train-fold additions: fewer is no evidence.</summary>
    public const int MinKept = 5;

    private const string Absent = "absent";
    private const string ConcernPrefix = FactNames.Concerns + "=";

    /// <summary>The text a head reads: the message's statement clauses, normalized (questions and hypotheticals never).</summary>
    public static string StatementText(MessageReading reading) =>
        TextNormalizer.Normalize(string.Join(" . ", reading?.Statements ?? []));

    /// <summary>A message on which a head may add anything at all.</summary>
    public static bool MayAdd(MessageReading reading) =>
        reading is { Suspicious: false, AboutAnotherParentsChild: false, Statements.Count: > 0 };

    /// <summary>The head is about a fact the rules left open: not read (any value), not unknown, not none, not the awaited answer.</summary>
    public static bool Open(MessageReading reading, string? awaiting, string head)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(head);
        if (head.StartsWith(ConcernPrefix, StringComparison.Ordinal))
        {
            var area = head[ConcernPrefix.Length..];
            return awaiting != FactNames.Concerns && !reading.Unknown.Contains(FactNames.Concerns) && !reading.None.Contains(FactNames.Concerns)
                && !(reading.Facts.Concerns ?? []).Any(a => Knowledge.KnowledgeJson.EnumName(a) == area);
        }
        return awaiting != head && !CaseFactFields.Get(head).IsKnown(reading.Facts) && !reading.Unknown.Contains(head) && !reading.None.Contains(head);
    }

    /// <summary>A head's label for one example: "true" / "false" (yes/no facts), "true" (a concern area), else absent.</summary>
    private static string Label(IReadOnlySet<string> gold, string head) =>
        head.StartsWith(ConcernPrefix, StringComparison.Ordinal)
            ? gold.Contains(head) ? "true" : Absent
            : gold.Contains(head + "=true") ? "true" : gold.Contains(head + "=false") ? "false" : Absent;

    /// <summary>The comparable item a head adds ("servicesDelivered=false", "concerns=reading").</summary>
    private static string Item(string head, string value) =>
        head.StartsWith(ConcernPrefix, StringComparison.Ordinal) ? head : head + "=" + value;

    /// <summary>Every candidate head: the yes/no facts (behaviorConcerns follows the behavior concern, as in the reader) and each concern area.</summary>
    private static IEnumerable<string> CandidateHeads() =>
        CaseFactFields.All.Where(f => f.Kind == FactKind.YesNo && f.Name != FactNames.BehaviorConcerns).Select(f => f.Name)
            .Concat(Enum.GetValues<ConcernArea>().Select(a => ConcernPrefix + Knowledge.KnowledgeJson.EnumName(a)));

    /// <param name="selectOn">"additions": a threshold is judged on the facts the head would add where the rules left
    /// the fact open (the way it is used; the rules were written on train, so few are left); "all": on every fact the
    /// head reads on a message that may take facts, whatever the rules read (the head's own precision).</param>
    /// <param name="weighted">Each head's classes weigh as the stage and intent models' do (sqrt(largest / its count), at most 5), so the few
    /// facts stated are not drowned by the many messages that state none.</param>
    public static int Run(MessageReader reader, IReadOnlyList<CorpusExample> corpus, TextWriter output, string selectOn = "additions", bool weighted = false)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(output);
        var watch = Stopwatch.StartNew();
        var train = Evaluator.Run(reader, corpus.Where(e => e.Split == "train").OrderBy(e => e.Id, StringComparer.Ordinal));
        var dev = Evaluator.Run(reader, corpus.Where(e => e.Split == "dev"));
        var heads = CandidateHeads().Where(h => train.Count(r => Label(r.GoldFacts, h) != Absent) >= MinExamples).ToList();
        output.WriteLine($"design: thresholds judged on {selectOn}, classes {(weighted ? "weighted" : "unweighted")}");
        output.WriteLine($"train {train.Count}, dev {dev.Count}; heads with >= {MinExamples} train examples: {heads.Count} ({string.Join(", ", heads)})");

        // 1. Out-of-fold probabilities on train (5 folds by id order), to choose each head's threshold.
        var outOfFold = new (string Value, float P)[train.Count][];
        for (var fold = 0; fold < Folds; fold++)
        {
            var fit = Enumerable.Range(0, train.Count).Where(i => i % Folds != fold).ToList();
            var held = Enumerable.Range(0, train.Count).Where(i => i % Folds == fold).ToList();
            var model = FactHeadsModel.Train([.. fit.Select(i => StatementText(train[i].Reading))],
                heads.ToDictionary(h => h, h => (IReadOnlyList<string>)[.. fit.Select(i => Label(train[i].GoldFacts, h))]), weighted);
            foreach (var i in held)
            {
                outOfFold[i] = model.Predict(StatementText(train[i].Reading));
            }
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  fold {fold + 1}/{Folds} trained ({watch.Elapsed.TotalSeconds:0} s)"));
        }
        var thresholds = new Dictionary<string, float>(StringComparer.Ordinal);
        output.WriteLine($"thresholds chosen on the train folds (precision >= {TargetPrecision:0.00} of {(selectOn == "all" ? "every fact the head reads" : "the additions")}, at least {MinKept} kept):");
        for (var h = 0; h < heads.Count; h++)
        {
            var head = heads[h];
            var candidates = Enumerable.Range(0, train.Count)
                .Where(i => MayAdd(train[i].Reading) && (selectOn == "all" || Open(train[i].Reading, train[i].Example.Awaiting, head)) && outOfFold[i][h].Value != Absent)
                .Select(i => (outOfFold[i][h].P, Right: train[i].GoldFacts.Contains(Item(head, outOfFold[i][h].Value)))).ToList();
            var missedByRules = Enumerable.Range(0, train.Count).Count(i => Label(train[i].GoldFacts, head) != Absent && Open(train[i].Reading, train[i].Example.Awaiting, head));
            float? chosen = null;
            for (var t = 0.50f; t < 0.995f; t += 0.01f)
            {
                var kept = candidates.Where(c => c.P >= t).ToList();
                if (kept.Count >= MinKept && kept.Count(k => k.Right) >= TargetPrecision * kept.Count)
                {
                    chosen = MathF.Round(t, 2);
                    break;
                }
            }
            var at = chosen is { } c0 ? candidates.Where(c => c.P >= c0).ToList() : [];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {head,-30} missed by the rules on train {missedByRules,3}; {(chosen is { } c ? $"threshold {c:0.00}: {(selectOn == "all" ? "reads" : "adds")} {at.Count(x => x.Right)} right, {at.Count(x => !x.Right)} wrong (out of fold)" : $"no threshold: no head (at 0.50 it would {(selectOn == "all" ? "read" : "add")} {candidates.Count(x => x.Right)} right, {candidates.Count(x => !x.Right)} wrong)")}"));
            if (chosen is { } value)
            {
                thresholds[head] = value;
            }
        }

        // 2. The heads trained on all of train, read once on dev (and on the negatives for false facts, counts only).
        var final = FactHeadsModel.Train([.. train.Select(r => StatementText(r.Reading))],
            heads.ToDictionary(h => h, h => (IReadOnlyList<string>)[.. train.Select(r => Label(r.GoldFacts, h))]), weighted);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"final heads trained on train ({watch.Elapsed.TotalSeconds:0} s); {final.Dimensions} features"));
        var devAdded = dev.Select(r => Added(final, heads, thresholds, r)).ToList();
        foreach (var group in new[] { "en", "es" })
        {
            var mine = Enumerable.Range(0, dev.Count).Where(i => dev[i].Example.Group == group).ToList();
            var rules = Evaluator.Report(group, [.. mine.Select(i => dev[i])]).Facts;
            var withModel = Extraction.Sum(mine.Select(i => (dev[i].GoldFacts, (IReadOnlySet<string>)dev[i].PredictedFacts.Union(devAdded[i]).ToHashSet(StringComparer.Ordinal))));
            var right = mine.Sum(i => devAdded[i].Count(dev[i].GoldFacts.Contains));
            var wrong = mine.Sum(i => devAdded[i].Count(a => !dev[i].GoldFacts.Contains(a)));
            output.WriteLine($"[{group}] dev facts, rules alone:   {rules}");
            output.WriteLine($"[{group}] dev facts, rules + model: {withModel}; added {right} right, {wrong} wrong");
            foreach (var i in mine.Where(i => devAdded[i].Count > 0))
            {
                output.WriteLine($"    {dev[i].Example.Id}: added [{string.Join(", ", devAdded[i].Select(a => (dev[i].GoldFacts.Contains(a) ? "right " : "WRONG ") + a))}]");
            }
        }
        var negatives = Evaluator.Run(reader, corpus.Where(e => e.File == "negatives.jsonl"));
        var negativesAdded = negatives.Select(r => Added(final, heads, thresholds, r)).ToList();
        output.WriteLine($"negatives ({negatives.Count}, all splits): with a false fact, rules alone {negatives.Count(r => r.PredictedFacts.Except(r.GoldFacts).Any())}; "
            + $"rules + model {Enumerable.Range(0, negatives.Count).Count(i => negatives[i].PredictedFacts.Union(negativesAdded[i]).Except(negatives[i].GoldFacts).Any())}; "
            + $"facts the model added on negatives {negativesAdded.Sum(a => a.Count)}");

        // 3. Cost per message: one featurization and every head (the reading itself is `evaluate`'s cost).
        var texts = dev.Select(r => StatementText(r.Reading)).ToList();
        var both = Median(texts, text => final.Predict(text));
        var featurizing = Median(texts, text => final.Featurize(text));
        // A model per fact with its own featurization (one ML.NET pipeline each) would featurize the text once per head.
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cost: featurization + {heads.Count} heads {both:0} us median per dev message (featurization alone {featurizing:0} us; a pipeline per fact would featurize {heads.Count} times, about {featurizing * heads.Count:0} us); this machine, shared; total {watch.Elapsed.TotalSeconds:0} s"));
        return 0;
    }

    private static double Median(IReadOnlyList<string> texts, Action<string> work)
    {
        var times = new List<double>();
        for (var round = 0; round < 3; round++)
        {
            foreach (var text in texts)
            {
                var start = Stopwatch.GetTimestamp();
                work(text);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            }
        }
        times.Sort();
        return times[times.Count / 2];
    }

    /// <summary>The items the heads add to one reading: only open facts, only above the head's threshold, only on a message that may take facts.</summary>
    private static IReadOnlySet<string> Added(FactHeadsModel model, IReadOnlyList<string> heads, IReadOnlyDictionary<string, float> thresholds, ExampleResult r)
    {
        var added = new HashSet<string>(StringComparer.Ordinal);
        if (!MayAdd(r.Reading) || thresholds.Count == 0)
        {
            return added;
        }
        var predicted = model.Predict(StatementText(r.Reading));
        for (var h = 0; h < heads.Count; h++)
        {
            if (thresholds.TryGetValue(heads[h], out var t) && predicted[h].Value != Absent && predicted[h].P >= t && Open(r.Reading, r.Example.Awaiting, heads[h]))
            {
                added.Add(Item(heads[h], predicted[h].Value));
                if (heads[h] == ConcernPrefix + "behavior" && !CaseFactFields.Get(FactNames.BehaviorConcerns).IsKnown(r.Reading.Facts))
                {
                    added.Add(FactNames.BehaviorConcerns + "=true");
                }
            }
        }
        return added;
    }
}

/// <summary>
/// One shared featurization (ML.NET: word 1–2-grams, character 3- and 4-grams, L2-normalized) and one linear
/// maximum-entropy head per fact, scored as dot products over the sparse features: the text is featurized once
/// however many heads read it.
/// </summary>
public sealed class FactHeadsModel
{
    private readonly PredictionEngine<FactText, FactFeatures> featurizer;
    private readonly Head[] heads;

    private FactHeadsModel(MLContext context, ITransformer featurizer, Head[] heads, int dimensions)
    {
        this.featurizer = context.Model.CreatePredictionEngine<FactText, FactFeatures>(featurizer);
        this.heads = heads;
        Dimensions = dimensions;
    }

    public int Dimensions { get; }

    public sealed class FactText
    {
        public string Text { get; set; } = "";
    }

    public sealed class FactFeatures
    {
        public VBuffer<float> Features { get; set; }
    }

    private sealed class HeadRow
    {
        public VBuffer<float> Features { get; set; }
        public string Label { get; set; } = "";

        public float Weight { get; set; } = 1;
    }

    /// <param name="Labels">The class names in the model's order.</param>
    /// <param name="Weights">Per class, a dense weight vector over the features.</param>
    private sealed record Head(string[] Labels, float[][] Weights, float[] Biases);

    public static FactHeadsModel Train(IReadOnlyList<string> texts, IReadOnlyDictionary<string, IReadOnlyList<string>> labelsByHead, bool weighted = false)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(labelsByHead);
        var context = new MLContext(seed: 1);
        var data = context.Data.LoadFromEnumerable(texts.Select(t => new FactText { Text = t }));
        var pipeline = context.Transforms.Text.TokenizeIntoWords("Words", nameof(FactText.Text))
            .Append(context.Transforms.Conversion.MapValueToKey("WordKeys", "Words"))
            .Append(context.Transforms.Text.ProduceNgrams("WordGrams", "WordKeys", ngramLength: 2, useAllLengths: true))
            .Append(context.Transforms.Text.TokenizeIntoCharactersAsKeys("Chars", nameof(FactText.Text), useMarkerCharacters: true))
            .Append(context.Transforms.Text.ProduceNgrams("Char3", "Chars", ngramLength: 3, useAllLengths: false))
            .Append(context.Transforms.Text.ProduceNgrams("Char4", "Chars", ngramLength: 4, useAllLengths: false))
            .Append(context.Transforms.NormalizeLpNorm("WordGrams"))
            .Append(context.Transforms.NormalizeLpNorm("Char3"))
            .Append(context.Transforms.NormalizeLpNorm("Char4"))
            .Append(context.Transforms.Concatenate(nameof(FactFeatures.Features), "WordGrams", "Char3", "Char4"))
            .Append(context.Transforms.NormalizeLpNorm(nameof(FactFeatures.Features)));
        var featurizer = pipeline.Fit(data);
        var featurized = featurizer.Transform(data);
        var dimensions = ((VectorDataViewType)featurized.Schema[nameof(FactFeatures.Features)].Type).Size;
        var features = context.Data.CreateEnumerable<FactFeatures>(featurized, reuseRowObject: false).Select(f => f.Features).ToList();
        var schema = SchemaDefinition.Create(typeof(HeadRow));
        schema[nameof(HeadRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimensions);
        var heads = new List<Head>();
        foreach (var (_, labels) in labelsByHead)
        {
            var counts = labels.GroupBy(l => l, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var largest = counts.Values.Max();
            var rows = context.Data.LoadFromEnumerable(features.Select((f, i) => new HeadRow
            {
                Features = f,
                Label = labels[i],
                Weight = weighted ? MathF.Min(5f, MathF.Sqrt((float)largest / counts[labels[i]])) : 1f,
            }), schema);
            var trainer = context.Transforms.Conversion.MapValueToKey("LabelKey", nameof(HeadRow.Label), keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
                .Append(context.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
                {
                    LabelColumnName = "LabelKey",
                    FeatureColumnName = nameof(HeadRow.Features),
                    L2Regularization = 1e-4f,
                    NumberOfThreads = 1,
                    MaximumNumberOfIterations = 100,
                    ExampleWeightColumnName = nameof(HeadRow.Weight),
                }));
            var model = trainer.Fit(rows);
            var parameters = model.LastTransformer.Model;
            VBuffer<float>[] weights = [];
            parameters.GetWeights(ref weights, out var classes);
            var biases = parameters.GetBiases().ToArray();
            var names = labels.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            if (names.Length != classes)
            {
                throw new InvalidOperationException($"A head has {classes} classes for {names.Length} labels.");
            }
            heads.Add(new Head(names, [.. weights.Select(w => w.DenseValues().ToArray())], biases));
        }
        return new FactHeadsModel(context, featurizer, [.. heads], dimensions);
    }

    /// <summary>The shared features of one text (sparse, L2-normalized).</summary>
    public VBuffer<float> Featurize(string text) => featurizer.Predict(new FactText { Text = text ?? "" }).Features;

    /// <summary>Per head (in training order): the most probable class and its probability.</summary>
    public (string Value, float P)[] Predict(string text)
    {
        var x = Featurize(text);
        var indices = x.GetIndices();
        var values = x.GetValues();
        var result = new (string, float)[heads.Length];
        for (var h = 0; h < heads.Length; h++)
        {
            var head = heads[h];
            var scores = new float[head.Labels.Length];
            for (var k = 0; k < scores.Length; k++)
            {
                var w = head.Weights[k];
                var s = head.Biases[k];
                if (x.IsDense)
                {
                    for (var j = 0; j < values.Length; j++)
                    {
                        s += w[j] * values[j];
                    }
                }
                else
                {
                    for (var j = 0; j < indices.Length; j++)
                    {
                        s += w[indices[j]] * values[j];
                    }
                }
                scores[k] = s;
            }
            var max = scores.Max();
            var sum = scores.Sum(s => MathF.Exp(s - max));
            var best = Array.IndexOf(scores, max);
            result[h] = (head.Labels[best], 1f / sum);
        }
        return result;
    }
}
