namespace IepNavigator.IepReading.Corpus;

/// <summary>The day the corpus is read on: the expected findings (a review due soon, a reevaluation overdue) count from it.</summary>
public static class CorpusDefaults
{
    public static readonly DateOnly Today = new(2026, 12, 1);
}
