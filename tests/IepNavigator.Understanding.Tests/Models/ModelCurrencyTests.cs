using System.Globalization;
using IepNavigator.Understanding.Classification;
using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Corpus;
using IepNavigator.Understanding.Training;
using IepNavigator.Understanding.Training.Corpus;

namespace IepNavigator.Understanding.Tests.Models;

/// <summary>
/// The committed models are what the committed corpus trains: the manifest's SHA-256 matches the train split, and
/// retraining (fixed seed, one thread) with the manifest's settings gives the same accuracies on dev and test.
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed class ModelCurrencyTests(CorpusFixture corpus)
{
    [Fact]
    public void Manifest_MatchesTheCommittedTrainSplit()
    {
        var expected = CorpusReader.TrainingDataSha256(corpus.Examples);
        Assert.True(expected == corpus.Reader.Manifest.TrainingDataSha256,
            "The models are stale: the train split changed. Run: dotnet run --project dialogs/IepNavigator.Understanding.Training -c Release -- train");
        Assert.Equal(corpus.Examples.Count(e => e.Split == "train"), corpus.Reader.Manifest.TrainingRows);
    }

    [Fact]
    public void Retraining_IsDeterministic_AndReproducesTheManifestAccuracies()
    {
        var manifest = corpus.Reader.Manifest;
        var train = corpus.Examples.Where(e => e.Split == "train").ToList();
        using var models = ModelTrainer.TrainInMemory(train, TrainerSettings.Find(manifest.StageSettings), TrainerSettings.Find(manifest.IntentSettings), manifest);
        using var reader = new MessageReader(models);
        foreach (var split in new[] { "dev", "test" })
        {
            var results = Evaluator.Run(reader, corpus.Examples.Where(e => e.Split == split));
            foreach (var group in new[] { "en", "es" })
            {
                var report = Evaluator.Report(group, [.. results.Where(r => r.Example.Group == group)]);
                Assert.Equal(manifest.Accuracy[$"{split}.{group}.stage"], Math.Round(report.Stage.Value, 4));
                Assert.Equal(manifest.Accuracy[$"{split}.{group}.intent"], Math.Round(report.Intent.Value, 4));
            }
        }
    }

    [Fact]
    public void Thresholds_WereChosenOnDev_AndLeaveRoomToAsk()
    {
        var manifest = corpus.Reader.Manifest;
        Assert.InRange(manifest.StageThreshold, 0.2f, 0.95f);
        Assert.InRange(manifest.IntentThreshold, 0.2f, 0.95f);
        var dev = corpus.Results.Where(r => r.Example.Split == "dev").ToList();
        // As the trainer chooses it (Training/Program.cs): on the stage model's own readings, before the facts and GUIDE B3's
        // no-stage rules reconcile them (a question read "discipline 0.84" and set to no stage keeps that confidence).
        Assert.Equal(ThresholdChooser.Choose([.. dev.Select(r => r.Reading.ModelStage ?? r.Reading.Stage)
            .Zip(dev, (model, r) => (model.Confidence, (model.Best is { } s ? StageNames.Name(s) : null) == r.Example.Stage))]), manifest.StageThreshold);
        Assert.Equal(ThresholdChooser.Choose([.. dev.Select(r => (r.Reading.Intent.Confidence, r.IntentRight))], ThresholdChooser.IntentFloor), manifest.IntentThreshold);
        Assert.True(manifest.IntentThreshold >= ThresholdChooser.IntentFloor, $"intent threshold {manifest.IntentThreshold} is below the floor");
        Assert.Equal("0.97", ThresholdChooser.TargetAccuracy.ToString("0.00", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ModelFiles_AreSmall()
    {
        var folder = CorpusReader.ModelsFolder(corpus.Folder);
        foreach (var file in new[] { UnderstandingModels.StageFile, UnderstandingModels.IntentFile })
        {
            Assert.True(new FileInfo(Path.Combine(folder, file)).Length < 2_000_000, $"{file} is over 2 MB");
        }
    }
}
