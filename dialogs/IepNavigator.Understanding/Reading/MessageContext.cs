using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Understanding.Reading;

/// <summary>
/// What the chat knows when a message arrives: the day relative dates resolve against (from the host's
/// TimeProvider, never a clock here), the chat's language, the fact or letter field it just asked for, and the
/// stage it already has.
/// </summary>
/// <param name="Today">The parent's today: "last Monday", "in September" and "3 weeks ago" count from it.</param>
public sealed record MessageContext(DateOnly Today)
{
    /// <summary>"en", "es", or null when the chat has not settled on one.</summary>
    public string? Language { get; init; }

    /// <summary>
    /// The contract fact (<see cref="FactNames"/>) or letter field (<see cref="LetterFields"/>) the bot just asked for,
    /// or null for a message written unprompted.
    /// </summary>
    public string? Awaiting { get; init; }

    /// <summary>The stage the case already has, if any (a message that reveals none keeps it).</summary>
    public Stage? KnownStage { get; init; }

    /// <summary>
    /// For measuring only (the trainer's <c>evaluate --stage-for-facts</c>): "model" reads as before the facts reconciled
    /// the stage (the model's stage, its best alone for the facts); "best" checks the facts against the reconciled best
    /// alone, not its candidates; a stage name ("none" for none) checks them against that stage; "skip" not at all.
    /// </summary>
    internal string? StageForFacts { get; init; }
}
