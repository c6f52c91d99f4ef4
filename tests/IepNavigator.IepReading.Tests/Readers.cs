using IepNavigator.Goals.Checking;
using Microsoft.Extensions.Time.Testing;

namespace IepNavigator.IepReading.Tests;

/// <summary>Readers on a fixed clock (the day the corpus's expected findings count from).</summary>
internal static class Readers
{
    public static readonly DateOnly Today = IepNavigator.IepReading.Corpus.CorpusDefaults.Today;
    // Its patterns are built on the first check (issue 16: a host that never checks a goal never holds them): built
    // here once, so a test that measures what reading one file allocates does not also pay for the first check.
    public static readonly GoalChecker Checker = Prepared();

    private static GoalChecker Prepared()
    {
        var checker = new GoalChecker();
        checker.Check("By June 2027, when given a grade-level passage, Sam will read 90 words correct per minute, as measured by weekly probes.");
        return checker;
    }

    public static IepReader Create(IepReadingOptions? options = null, TimeProvider? clock = null) =>
        new(Checker, options ?? new IepReadingOptions(), clock ?? new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 15, 0, 0, TimeSpan.Zero)));
}
