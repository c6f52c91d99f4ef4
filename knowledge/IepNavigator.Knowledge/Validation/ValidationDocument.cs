namespace IepNavigator.Knowledge;

/// <summary>validation.json: accepted state codes, the age range and the messages.</summary>
internal sealed record ValidationDocument
{
    public int MinChildAge { get; init; }
    public int MaxChildAge { get; init; }
    public IReadOnlyList<string> StateCodes { get; init; } = [];
    /// <summary>More breaks than this in one list is not a school calendar.</summary>
    public int MaxSchoolBreaks { get; init; } = 40;
    /// <summary>The longest a single break can be (a summer), in days.</summary>
    public int MaxBreakDays { get; init; } = 120;
    public IReadOnlyDictionary<string, string> Messages { get; init; } = new Dictionary<string, string>();
}
