using IepNavigator.IepReading.Model;

namespace IepNavigator.IepReading.Explaining;

/// <summary>One thing to raise with the team: what the reading found, the question to ask, and where in the IEP.</summary>
public sealed record TeamQuestion(string Finding, string Ask, SourceLocation? At);

/// <summary>One section said plainly: a summary, the items read, and the questions for the team.</summary>
public sealed record SectionExplanation(IepSection Section, string Title, string Summary, IReadOnlyList<string> Items, IReadOnlyList<TeamQuestion> Questions);

/// <summary>The IEP explained back to the parent in one language.</summary>
public sealed record IepExplanation
{
    public required string Language { get; init; }
    /// <summary>The first thing to say: what was read, or why it could not be.</summary>
    public required string Overview { get; init; }
    /// <summary>Notes about the file itself (scripts not run, text recognised from pictures).</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];
    public IReadOnlyList<SectionExplanation> Sections { get; init; } = [];
    public string? ConfirmIntro { get; init; }
    /// <summary>What to ask the parent to confirm before it counts.</summary>
    public IReadOnlyList<string> Confirm { get; init; } = [];
    public required string Disclaimer { get; init; }
}
