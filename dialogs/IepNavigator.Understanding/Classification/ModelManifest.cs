using System.Text.Json;

namespace IepNavigator.Understanding.Classification;

/// <summary>
/// What is known about the committed models (Models/models.json): the corpus they were trained from (SHA-256 of the
/// train split as the trainer reads it), each model's settings chosen on dev (the stage and intent heads are chosen
/// apart: a lighter regularisation helped stage but made intent over-confident), the confidence thresholds chosen on dev, and the
/// accuracies measured when they were trained. A test retrains and checks this is current.
/// </summary>
public sealed class ModelManifest
{
    public string TrainingDataSha256 { get; set; } = "";
    public int TrainingRows { get; set; }
    public string StageSettings { get; set; } = "";
    public string IntentSettings { get; set; } = "";
    public float StageThreshold { get; set; } = 0.5f;
    public float IntentThreshold { get; set; } = 0.5f;
    public Dictionary<string, double> Accuracy { get; set; } = [];

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static ModelManifest Read(Stream stream) =>
        JsonSerializer.Deserialize<ModelManifest>(stream, Options) ?? throw new InvalidOperationException("The model manifest is empty.");

    public string ToJson() => JsonSerializer.Serialize(this, Options);
}
