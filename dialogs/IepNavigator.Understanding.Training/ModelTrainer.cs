using IepNavigator.Understanding.Classification;
using IepNavigator.Understanding.Training.Corpus;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace IepNavigator.Understanding.Training;

/// <summary>One way to train: the text features and the linear trainer.</summary>
/// <param name="Name">How the manifest and the printout name it.</param>
/// <param name="WordNgrams">Word n-grams 1..n.</param>
/// <param name="CharNgrams">Character n-grams of exactly this length (all shorter ones too when <paramref name="AllCharLengths"/>).</param>
public sealed record TrainerSettings(string Name, int WordNgrams, int CharNgrams, bool AllCharLengths, string Trainer, float L2)
{
    /// <summary>The settings compared on dev (the first is the design note's measured baseline).</summary>
    public static IReadOnlyList<TrainerSettings> Candidates { get; } =
    [
        new("w12-c4-sdca", 2, 4, false, "sdca", 1e-4f),
        new("w12-c35-sdca", 2, 5, true, "sdca", 1e-4f),
        new("w12-c4-lbfgs", 2, 4, false, "lbfgs", 1e-2f),
        new("w13-c4-sdca", 3, 4, false, "sdca", 1e-4f),
        new("w12-c4-sdca-l5", 2, 4, false, "sdca", 1e-5f),
        // Word trigrams at the light L2: stage often turns on a three-word phrase ("q no califica", "no estoy de acuerdo", "said no at").
        new("w13-c4-sdca-l5", 3, 4, false, "sdca", 1e-5f),
    ];

    public static TrainerSettings Find(string name) =>
        Candidates.FirstOrDefault(c => c.Name == name) ?? throw new ArgumentException($"No trainer settings named '{name}'.", nameof(name));
}

/// <summary>
/// Trains the stage and intent models from corpus rows with ML.NET: normalized text → word and character n-grams
/// (+ the awaited field's kind, one-hot) → a linear maximum-entropy multiclass model. Deterministic: a fixed seed and
/// one thread, so the same rows always give the same model.
/// </summary>
public static class ModelTrainer
{
    public static ITransformer Train(MLContext context, IEnumerable<ModelInput> rows, TrainerSettings settings, out DataViewSchema schema)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        var data = context.Data.LoadFromEnumerable(rows);
        schema = data.Schema;
        var text = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = false,
            KeepNumbers = true,
            StopWordsRemoverOptions = null,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = settings.WordNgrams, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = settings.CharNgrams, UseAllLengths = settings.AllCharLengths },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        IEstimator<ITransformer> trainer = settings.Trainer switch
        {
            "lbfgs" => context.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                L2Regularization = settings.L2,
                NumberOfThreads = 1,
                ExampleWeightColumnName = nameof(ModelInput.Weight),
            }),
            _ => context.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                L2Regularization = settings.L2,
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 100,
                ExampleWeightColumnName = nameof(ModelInput.Weight),
            }),
        };
        var pipeline = context.Transforms.Conversion.MapValueToKey("Label", "Label")
            .Append(context.Transforms.Text.FeaturizeText("TextFeatures", text, nameof(ModelInput.Text)))
            .Append(context.Transforms.Categorical.OneHotEncoding("AwaitingFeatures", nameof(ModelInput.Awaiting)))
            .Append(context.Transforms.Concatenate("Features", "TextFeatures", "AwaitingFeatures"))
            .Append(trainer);
        return pipeline.Fit(data);
    }

    /// <summary>The stage model's rows: a stage name, or "none" for a message that reveals none.</summary>
    public static IReadOnlyList<ModelInput> StageRows(IEnumerable<CorpusExample> examples) =>
        Weighted([.. examples.Select(e => Row(e, e.Stage ?? MessageReader.NoStage))]);

    public static IReadOnlyList<ModelInput> IntentRows(IEnumerable<CorpusExample> examples) =>
        Weighted([.. examples.Select(e => Row(e, e.Intent))]);

    /// <summary>Each label weighs as if it had sqrt(largest / its count) times its rows (at most 5): rare commands are not drowned by statements.</summary>
    private static IReadOnlyList<ModelInput> Weighted(List<ModelInput> rows)
    {
        var counts = rows.GroupBy(r => r.Label, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var largest = counts.Values.DefaultIfEmpty(1).Max();
        foreach (var row in rows)
        {
            row.Weight = MathF.Min(5f, MathF.Sqrt((float)largest / counts[row.Label]));
        }
        return rows;
    }

    private static ModelInput Row(CorpusExample e, string label)
    {
        var row = ModelInput.For(e.Text, e.Awaiting);
        row.Label = label;
        return row;
    }

    /// <summary>Trains both models, each with its own settings, and writes them (stage.zip, intent.zip) into <paramref name="folder"/>.</summary>
    public static void TrainAndSave(IReadOnlyList<CorpusExample> train, TrainerSettings stage, TrainerSettings intent, string folder)
    {
        Directory.CreateDirectory(folder);
        Save(StageRows(train), stage, Path.Combine(folder, UnderstandingModels.StageFile));
        Save(IntentRows(train), intent, Path.Combine(folder, UnderstandingModels.IntentFile));
    }

    private static void Save(IEnumerable<ModelInput> rows, TrainerSettings settings, string path)
    {
        var context = new MLContext(seed: 1);
        var model = Train(context, rows, settings, out var schema);
        using var stream = File.Create(path);
        context.Model.Save(model, schema, stream);
    }

    /// <summary>Models trained in memory (for comparing settings on dev without writing files).</summary>
    public static UnderstandingModels TrainInMemory(IReadOnlyList<CorpusExample> train, TrainerSettings stage, TrainerSettings intent, ModelManifest manifest) =>
        new(StageInMemory(train, stage), IntentInMemory(train, intent), manifest);

    /// <summary>The stage model alone, trained in memory (the trainer compares each head's settings apart).</summary>
    public static TextClassifier StageInMemory(IReadOnlyList<CorpusExample> train, TrainerSettings settings) => InMemory(StageRows(train), settings);

    /// <summary>The intent model alone, trained in memory.</summary>
    public static TextClassifier IntentInMemory(IReadOnlyList<CorpusExample> train, TrainerSettings settings) => InMemory(IntentRows(train), settings);

    private static TextClassifier InMemory(IEnumerable<ModelInput> rows, TrainerSettings settings)
    {
        var context = new MLContext(seed: 1);
        var model = Train(context, rows, settings, out var schema);
        using var stream = new MemoryStream();
        context.Model.Save(model, schema, stream);
        stream.Position = 0;
        return new TextClassifier(stream);
    }
}
