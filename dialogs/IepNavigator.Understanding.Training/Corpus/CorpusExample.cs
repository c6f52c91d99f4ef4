using System.Text.Json;
using System.Text.Json.Serialization;

namespace IepNavigator.Understanding.Training.Corpus;

/// <summary>One labelled parent message of the corpus (Corpus/GUIDE.md section A), exactly its keys.</summary>
public sealed record CorpusExample
{
    public static readonly string[] Keys = ["id", "lang", "text", "awaiting", "stage", "intent", "letter", "topic", "facts", "unknown", "none", "approximate", "details", "split"];

    public required string Id { get; init; }
    public required string Lang { get; init; }
    public required string Text { get; init; }
    public string? Awaiting { get; init; }
    public string? Stage { get; init; }
    public required string Intent { get; init; }
    public string? Letter { get; init; }
    public string? Topic { get; init; }
    public JsonElement Facts { get; init; }
    public IReadOnlyList<string> Unknown { get; init; } = [];
    public IReadOnlyList<string> None { get; init; } = [];
    public IReadOnlyList<string> Approximate { get; init; } = [];
    public IReadOnlyDictionary<string, string> Details { get; init; } = new Dictionary<string, string>();
    public required string Split { get; init; }

    /// <summary>The file it came from, relative to the corpus folder (not a key of the line).</summary>
    [JsonIgnore]
    public string File { get; init; } = "";

    /// <summary>Its line number in that file, from 1.</summary>
    [JsonIgnore]
    public int Line { get; init; }

    /// <summary>The language group a number is reported for: English, or Spanish with Spanglish.</summary>
    [JsonIgnore]
    public string Group => Lang == "en" ? "en" : "es";
}
