using System.Text.Json.Serialization;

namespace IepNavigator.Dialogs.Cases;

/// <summary>What the parent said about a fact instead of a value. Stored as "unknown" / "none" (the names rows have always had).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FactAnswer>))]
public enum FactAnswer
{
    /// <summary>"I don't know": the advice copes, and the question is not asked again.</summary>
    [JsonStringEnumMemberName("unknown")] Unknown,

    /// <summary>"It hasn't happened" ("I haven't asked yet", "no, nothing like that").</summary>
    [JsonStringEnumMemberName("none")] NotYet,
}

/// <summary>How exact a date fact is: a day the parent named, or only the month ("I think in April") or year they remember.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DatePrecision>))]
public enum DatePrecision
{
    [JsonStringEnumMemberName("day")] Day,
    [JsonStringEnumMemberName("month")] Month,
    [JsonStringEnumMemberName("year")] Year,
}
