namespace IepNavigator.Knowledge.Advising;

/// <summary>The advisor's answer for one set of facts: the contract's advice JSON.</summary>
public sealed record Advice
{
    /// <summary>Ordered by urgency, then by the order a parent should act in.</summary>
    public IReadOnlyList<NextStep> Steps { get; init; } = [];
    public IReadOnlyList<AdviceWarning> Warnings { get; init; } = [];
    /// <summary>camelCase names of facts that would change the advice, most useful first.</summary>
    public IReadOnlyList<string> MissingFacts { get; init; } = [];
    public required string Disclaimer { get; init; }
}
