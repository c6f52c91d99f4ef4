using IepNavigator.Goals.Checking;
using Microsoft.Extensions.Time.Testing;

namespace IepNavigator.IepReading.Tests;

/// <summary>Readers on a fixed clock (the day the corpus's expected findings count from).</summary>
internal static class Readers
{
    public static readonly DateOnly Today = IepNavigator.IepReading.Corpus.CorpusDefaults.Today;
    public static readonly GoalChecker Checker = new();

    public static IepReader Create(IepReadingOptions? options = null, TimeProvider? clock = null) =>
        new(Checker, options ?? new IepReadingOptions(), clock ?? new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 15, 0, 0, TimeSpan.Zero)));
}
