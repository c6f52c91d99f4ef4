namespace IepNavigator.Knowledge;

/// <summary>validation.json: accepted state codes, the age range and the messages.</summary>
internal sealed record ValidationDocument
{
    public int MinChildAge { get; init; }
    public int MaxChildAge { get; init; }
    public IReadOnlyList<string> StateCodes { get; init; } = [];
    public IReadOnlyDictionary<string, string> Messages { get; init; } = new Dictionary<string, string>();
}
