namespace IepNavigator.Letters.Templates;

/// <summary>
/// What a host needs to know about one letter (for <c>GET /api/v1/letters</c> and the chat):
/// its id, title, the fields it needs (shared ones first), the rules it cites and the deadline it starts.
/// </summary>
public sealed record LetterTemplate
{
    /// <summary>Stable kebab-case id from the knowledge contract, e.g. <c>evaluation-request</c>.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<LetterField> Fields { get; init; }
    public required IReadOnlyList<string> Citations { get; init; }
    public required LetterDeadline Deadline { get; init; }

    /// <summary>Plain words for what the letter asks, e.g. "a written answer within 15 days".</summary>
    public required string ResponseRequested { get; init; }

    public IEnumerable<LetterField> RequiredFields => Fields.Where(f => f.Required);
}
