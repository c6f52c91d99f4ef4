using Microsoft.Bot.Builder;
using Newtonsoft.Json;

namespace IepNavigator.Storage.Tests.Contract;

/// <summary>A nested, typed state item like the ones dialogs keep (a child's case with dated events).</summary>
public sealed class CaseNote : IStoreItem
{
    public string ChildNickname { get; set; } = "";

    public int Grade { get; set; }

    public DateTimeOffset RequestedOn { get; set; }

    public List<CaseEvent> Events { get; set; } = [];

    public Dictionary<string, string?> Answers { get; set; } = [];

    [JsonProperty("eTag")]
    public string? ETag { get; set; }
}

public sealed class CaseEvent
{
    public string Kind { get; set; } = "";

    public DateOnly On { get; set; }

    public decimal? Hours { get; set; }
}
