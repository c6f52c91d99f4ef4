using Microsoft.ML;
using Microsoft.ML.Data;

namespace IepNavigator.Understanding.Classification;

/// <summary>
/// A trained multiclass text model (ML.NET: n-gram features, linear maximum-entropy trainer) loaded once from its
/// file; predicting costs microseconds. ML.NET's prediction engine is not thread-safe, so each thread keeps its own.
/// </summary>
public sealed class TextClassifier : IDisposable
{
    private readonly ThreadLocal<PredictionEngine<ModelInput, ModelOutput>> engines;

    public TextClassifier(Stream model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var context = new MLContext(seed: 1);
        var transformer = context.Model.Load(model, out _);
        engines = new ThreadLocal<PredictionEngine<ModelInput, ModelOutput>>(() => context.Model.CreatePredictionEngine<ModelInput, ModelOutput>(transformer));
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        engines.Value!.OutputSchema["Score"].GetSlotNames(ref names);
        Labels = [.. names.DenseValues().Select(n => n.ToString())];
    }

    /// <summary>The labels, in the order of <see cref="Predict"/>'s probabilities.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>One probability per label (summing to 1).</summary>
    public float[] Predict(ModelInput input) => engines.Value!.Predict(input).Score;

    public void Dispose() => engines.Dispose();
}
