using System.Text.Json.Serialization;

namespace IepNavigator.Triage.Packets;

/// <summary>
/// Who the child is, from what the case already holds (the letter fields the parent typed while drafting, the age
/// fact): never asked again for the hand-off. Values are as the parent typed them.
/// </summary>
public sealed record ChildSummary
{
    public static ChildSummary Empty { get; } = new();

    /// <summary>The child's name as the parent gave it ("Tyler Carter", or just "Tyler").</summary>
    public string? Name { get; init; }

    /// <summary>yyyy-MM-dd when the chat read it as a date, else as typed.</summary>
    public string? DateOfBirth { get; init; }

    public string? Grade { get; init; }

    public string? School { get; init; }

    public string? District { get; init; }

    /// <summary>The first word of <see cref="Name"/>: what the queue shows.</summary>
    [JsonIgnore]
    public string? FirstName => string.IsNullOrWhiteSpace(Name) ? null : Name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
}
