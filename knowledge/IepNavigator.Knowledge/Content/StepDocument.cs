using IepNavigator.Knowledge.Advising;

namespace IepNavigator.Knowledge.Content;

/// <summary>steps.json as written by an advocate.</summary>
internal sealed record StepsDocument(IReadOnlyList<StepDocument> Steps);

internal sealed record StepDocument
{
    public required string Id { get; init; }
    public required string Topic { get; init; }
    public required string Title { get; init; }
    public required string Explanation { get; init; }
    public IReadOnlyList<string> Citations { get; init; } = [];
    public string? Letter { get; init; }
    public Urgency DefaultUrgency { get; init; }
    public int Order { get; init; }
    /// <summary>
    /// Reason templates by key; a rule names the key. Kept in the order the file lists them: a step's reasons are said in
    /// that order, whatever order the rules fired in.
    /// </summary>
    public OrderedDictionary<string, string> Reasons { get; init; } = new();
    /// <summary>
    /// The rules a reason rests on, where they differ from the step's own (a 504 plan's missing services rest on
    /// Section 504, not the IEP rules); used when every reason that applies has its own.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ReasonCitations { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}

/// <summary>step-duties.json: per step id, what the school must do and by when, and what the parent can do if it does not.</summary>
internal sealed record StepDutiesDocument(IReadOnlyDictionary<string, StepDuty> Steps);

internal sealed record StepDuty
{
    public required string SchoolMust { get; init; }
    public required string IfNot { get; init; }
}
