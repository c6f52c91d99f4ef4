using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Web.Letters;

/// <summary>Body of POST /api/v1/letters/{id}/render: the parent's fields and the case's facts.</summary>
public sealed record LetterRenderRequest
{
    /// <summary>Shared field names (childName, childDateOfBirth, school, ...) plus the letter's own.</summary>
    public Dictionary<string, string?> Fields { get; init; } = [];
    public CaseFacts Facts { get; init; } = new();
}
