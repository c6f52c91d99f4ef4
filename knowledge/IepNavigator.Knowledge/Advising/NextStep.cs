namespace IepNavigator.Knowledge.Advising;

/// <summary>One recommended action, as the contract's advice JSON shows it.</summary>
public sealed record NextStep
{
    /// <summary>Stable kebab-case id from the contract (never renamed).</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    /// <summary>One or two plain sentences specific to these facts (all merged reasons).</summary>
    public required string Why { get; init; }
    public IReadOnlyList<string> Citations { get; init; } = [];
    public Urgency Urgency { get; init; }
    public DateOnly? DueBy { get; init; }
    /// <summary>What <see cref="DueBy"/> counts from, e.g. "state WA: 35 school days from consent".</summary>
    public string? DeadlineRule { get; init; }
    /// <summary>Letter template id, or null where no letter fits.</summary>
    public string? Letter { get; init; }
}
