using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace IepNavigator.Understanding.Classification;

/// <summary>
/// A trained multiclass text model (ML.NET: n-gram features, linear maximum-entropy trainer) loaded once from its
/// file; predicting costs microseconds. ML.NET's prediction engine is not thread-safe, so a prediction borrows one from
/// a small pool and gives it back. The pool holds about as many engines as predictions can run at once (one per core),
/// not one per thread that ever predicted: a loaded host has dozens of thread-pool threads, and each engine keeps
/// ~100 KB of buffers per model for the life of its thread (bench/README.md, "Issue 16, eighth round").
/// </summary>
public sealed class TextClassifier : IDisposable
{
    private readonly ObjectPool<PredictionEngine<ModelInput, ModelOutput>> engines;
    private readonly EnginePolicy policy;

    public TextClassifier(Stream model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var context = new MLContext(seed: 1);
        var transformer = context.Model.Load(model, out _);
        policy = new EnginePolicy(context, transformer);
        // A prediction is CPU-bound and short: more engines than twice the cores would only sit idle in the pool.
        // (The provider's pool disposes an engine it does not keep, and every kept one with the pool.)
        engines = new DefaultObjectPoolProvider { MaximumRetained = Math.Max(2, Environment.ProcessorCount * 2) }.Create(policy);
        var first = engines.Get();
        try
        {
            var names = default(VBuffer<ReadOnlyMemory<char>>);
            first.OutputSchema["Score"].GetSlotNames(ref names);
            Labels = [.. names.DenseValues().Select(n => n.ToString())];
        }
        finally
        {
            engines.Return(first);
        }
    }

    /// <summary>The labels, in the order of <see cref="Predict"/>'s probabilities.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>How many prediction engines this model has built (for tests: the pool, not the thread count, bounds it).</summary>
    internal int EnginesCreated => policy.Created;

    /// <summary>One probability per label (summing to 1).</summary>
    public float[] Predict(ModelInput input)
    {
        var engine = engines.Get();
        try
        {
            return engine.Predict(input).Score;
        }
        finally
        {
            engines.Return(engine);
        }
    }

    public void Dispose() => (engines as IDisposable)?.Dispose();

    private sealed class EnginePolicy(MLContext context, ITransformer transformer) : IPooledObjectPolicy<PredictionEngine<ModelInput, ModelOutput>>
    {
        private int created;

        public int Created => Volatile.Read(ref created);

        public PredictionEngine<ModelInput, ModelOutput> Create()
        {
            Interlocked.Increment(ref created);
            return context.Model.CreatePredictionEngine<ModelInput, ModelOutput>(transformer);
        }

        public bool Return(PredictionEngine<ModelInput, ModelOutput> obj) => true;
    }
}
