using System.Text.Json;
using System.Text.Json.Serialization;

namespace IepNavigator.Hostile.Tests;

/// <summary>One hostile request, as written in corpus/cases.json (see corpus/README.md for the fields).</summary>
public sealed record CorpusCase
{
    public required string Id { get; init; }

    /// <summary>messages | next-steps | letter | goals | directline | widget-token.</summary>
    public required string Target { get; init; }

    /// <summary>reject (must be 4xx) | accept (must be 2xx with a polite reply) | any (either, never 5xx).</summary>
    public required string Expect { get; init; }

    public string ContentType { get; init; } = "application/json";
    public string? Body { get; init; }
    public string? BodyFile { get; init; }
    public Generator? Generate { get; init; }
    public int Replay { get; init; } = 1;
    public string? Query { get; init; }
    public string? LetterId { get; init; }

    /// <summary>For <c>goals</c>: the path under /api/v1/goals/ (progress, progress/chart, check).</summary>
    public string? Path { get; init; }

    /// <summary>Send the body with Transfer-Encoding: chunked (no Content-Length), as a streaming client does.</summary>
    public bool Chunked { get; init; }
    public IReadOnlyList<string> MustNotContain { get; init; } = [];

    /// <summary>
    /// A known bug in another part of the host: the turn may fail politely (the bot's apology) instead of
    /// being refused or answered. Still never a 5xx, and the chat must go on. Remove once fixed.
    /// </summary>
    public string? KnownIssue { get; init; }

    public override string ToString() => Id;

    public sealed record Generator(string Kind, int Bytes = 0, int Depth = 0, int Count = 0, string? Envelope = null);
}

/// <summary>Loads corpus/cases.json from the test output folder.</summary>
public static class Corpus
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow, // a misspelt field in the corpus fails loudly
    };

    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "corpus");

    public static IReadOnlyList<CorpusCase> All { get; } = Load();

    public static CorpusCase Find(string id) => All.Single(c => c.Id == id);

    public static TheoryData<string> Ids(string target)
    {
        var data = new TheoryData<string>();
        foreach (var item in All.Where(c => c.Target == target))
        {
            data.Add(item.Id);
        }
        return data;
    }

    private static List<CorpusCase> Load()
    {
        using var stream = File.OpenRead(Path.Combine(Folder, "cases.json"));
        var file = JsonSerializer.Deserialize<CorpusFile>(stream, Options) ?? throw new InvalidDataException("cases.json is empty.");
        return file.Cases;
    }

    private sealed record CorpusFile(List<CorpusCase> Cases);
}
