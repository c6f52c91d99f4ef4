namespace IepNavigator.Understanding.Tests.Reading;

/// <summary>One reader for the behaviour tests: building it compiles the vocabulary and loads both models.</summary>
internal static class ReaderInstance
{
    public static MessageReader Shared { get; } = new();

    /// <summary>The corpus's today (GUIDE.md F1), Sunday 2026-12-06: every relative date in these tests counts from it.</summary>
    public static readonly DateOnly Today = new(2026, 12, 6);
}
