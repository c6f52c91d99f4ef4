using IepNavigator.Understanding.Classification;

namespace IepNavigator.Understanding.Tests.Models;

/// <summary>
/// A model predicts with engines from a small pool: a host whose many thread-pool threads each read a message once
/// holds a few engines, not one per thread for the life of the thread; predictions from many threads at once still
/// agree with one thread's.
/// </summary>
public sealed class TextClassifierTests
{
    private static readonly ModelInput Sample = ModelInput.For("My son is in 3rd grade and struggles with reading.", null);

    [Fact]
    public void Predict_FromManyThreadsInTurn_ReusesTheSameEngine()
    {
        using var models = UnderstandingModels.Embedded();
        var classifier = models.Intent;
        var before = classifier.EnginesCreated;
        using var release = new ManualResetEventSlim();
        var threads = new List<Thread>();
        try
        {
            for (var i = 0; i < 16; i++)
            {
                // Each thread predicts once and then stays alive, like a thread-pool thread between turns.
                using var predicted = new ManualResetEventSlim();
                var thread = new Thread(() =>
                {
                    classifier.Predict(Sample);
                    predicted.Set();
                    release.Wait(TimeSpan.FromMinutes(1));
                });
                thread.Start();
                threads.Add(thread);
                Assert.True(predicted.Wait(TimeSpan.FromMinutes(1)));
            }

            Assert.Equal(Math.Max(before, 1), classifier.EnginesCreated);
        }
        finally
        {
            release.Set();
            threads.ForEach(t => t.Join());
        }
    }

    [Fact]
    public void Predict_FromManyThreadsAtOnce_AgreesWithOneThread()
    {
        using var models = UnderstandingModels.Embedded();
        string[] messages =
        [
            "hi",
            "they said she doesn't qualify",
            "he got suspended again",
            "Can you write the letter?",
            "mi hijo tiene un IEP pero no lo están cumpliendo",
        ];
        var inputs = messages.Select(m => ModelInput.For(m, null)).ToArray();
        var expected = inputs.Select(i => (Stage: models.Stage.Predict(i), Intent: models.Intent.Predict(i))).ToArray();

        var mismatches = 0;
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8 }, n =>
        {
            var k = n % inputs.Length;
            if (!models.Stage.Predict(inputs[k]).SequenceEqual(expected[k].Stage) || !models.Intent.Predict(inputs[k]).SequenceEqual(expected[k].Intent))
            {
                Interlocked.Increment(ref mismatches);
            }
        });

        Assert.Equal(0, mismatches);
        Assert.InRange(models.Stage.EnginesCreated, 1, 8);
    }
}
