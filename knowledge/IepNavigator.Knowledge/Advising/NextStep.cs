namespace IepNavigator.Knowledge.Advising;

/// <summary>One recommended action, as the contract's advice JSON shows it.</summary>
public sealed record NextStep
{
    /// <summary>Stable kebab-case id from the contract (never renamed).</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    /// <summary>One or two plain sentences specific to these facts (all merged reasons).</summary>
    public required string Why { get; init; }
    /// <summary>
    /// The facts (contract names, <see cref="Facts.FactNames"/>) the reasons in <see cref="Why"/> were written from, in
    /// the order they first appear: what makes this step apply to this family. Empty when the reason names none.
    /// </summary>
    public IReadOnlyList<string> Because { get; init; } = [];
    public IReadOnlyList<string> Citations { get; init; } = [];
    /// <summary>Each of <see cref="Citations"/> with its plain summary and official link, in the same order.</summary>
    public IReadOnlyList<CitationLink> CitationLinks { get; init; } = [];
    public Urgency Urgency { get; init; }
    public DateOnly? DueBy { get; init; }
    /// <summary>What <see cref="DueBy"/> counts from, e.g. "state WA: 35 school days from consent".</summary>
    public string? DeadlineRule { get; init; }
    /// <summary>
    /// <see cref="DueBy"/> was counted over school days or school breaks, so it is an estimate from the calendar we
    /// know (typical breaks, or the ones the parent gave); <see cref="DeadlineRule"/> says so in words.
    /// </summary>
    public bool DueByEstimated { get; init; }
    /// <summary>
    /// What <see cref="DueBy"/> is the date of, when it comes from a timeline: its kebab-case key
    /// ("evaluation-response", "initial-evaluation", "state-complaint-window"...). The step says what to do about it;
    /// this says whose clock it is, so a reader can say "the school's answer was due" rather than "the step was due".
    /// </summary>
    public string? DeadlineKind { get; init; }
    /// <summary>The rule that sets <see cref="DueBy"/> ("Tex. Educ. Code 29.004(c)", "34 CFR 300.301(c)(1)").</summary>
    public string? DeadlineCitation { get; init; }
    /// <summary>Letter template id, or null where no letter fits.</summary>
    public string? Letter { get; init; }
}
