namespace IepNavigator.Understanding.Classification;

/// <summary>The stage and intent models committed under Models/ (embedded), with their manifest; loaded once.</summary>
public sealed class UnderstandingModels : IDisposable
{
    public const string StageFile = "stage.zip";
    public const string IntentFile = "intent.zip";
    public const string ManifestFile = "models.json";

    public UnderstandingModels(TextClassifier stage, TextClassifier intent, ModelManifest manifest)
    {
        Stage = stage;
        Intent = intent;
        Manifest = manifest;
    }

    public TextClassifier Stage { get; }
    public TextClassifier Intent { get; }
    public ModelManifest Manifest { get; }

    private static readonly Lazy<UnderstandingModels> SharedModels = new(Embedded, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The embedded models, loaded at most once per process (about a second of CPU on an idle machine) and never
    /// disposed: they are immutable, and each thread predicts with its own engine.
    /// </summary>
    public static UnderstandingModels Shared => SharedModels.Value;

    /// <summary>The models built into this assembly.</summary>
    public static UnderstandingModels Embedded()
    {
        using var stage = Open(StageFile);
        using var intent = Open(IntentFile);
        using var manifest = Open(ManifestFile);
        return new UnderstandingModels(new TextClassifier(stage), new TextClassifier(intent), ModelManifest.Read(manifest));
    }

    /// <summary>Models from a folder (the trainer's output, before they are committed).</summary>
    public static UnderstandingModels FromFolder(string folder)
    {
        using var stage = File.OpenRead(Path.Combine(folder, StageFile));
        using var intent = File.OpenRead(Path.Combine(folder, IntentFile));
        using var manifest = File.OpenRead(Path.Combine(folder, ManifestFile));
        return new UnderstandingModels(new TextClassifier(stage), new TextClassifier(intent), ModelManifest.Read(manifest));
    }

    /// <summary>Models from a folder with a manifest not yet written (the trainer choosing thresholds).</summary>
    public static UnderstandingModels FromFolderWith(string folder, ModelManifest manifest)
    {
        using var stage = File.OpenRead(Path.Combine(folder, StageFile));
        using var intent = File.OpenRead(Path.Combine(folder, IntentFile));
        return new UnderstandingModels(new TextClassifier(stage), new TextClassifier(intent), manifest);
    }

    private static Stream Open(string file) =>
        typeof(UnderstandingModels).Assembly.GetManifestResourceStream("IepNavigator.Understanding/Models/" + file)
        ?? throw new InvalidOperationException($"The model file '{file}' is not embedded: run the trainer (dialogs/IepNavigator.Understanding.Training).");

    public void Dispose()
    {
        Stage.Dispose();
        Intent.Dispose();
    }
}
