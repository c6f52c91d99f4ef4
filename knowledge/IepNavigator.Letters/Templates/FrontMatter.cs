using System.Text.Json;
using System.Text.Json.Serialization;

namespace IepNavigator.Letters.Templates;

/// <summary>
/// Splits a template file into its JSON front matter (between two <c>---</c> lines) and its Liquid body.
/// JSON rather than YAML: the runtime already reads it, and a reviewer sees exactly one syntax.
/// </summary>
internal static class FrontMatter
{
    private const string Fence = "---";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = false,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static (T Header, string Body) Split<T>(string name, string source)
    {
        var text = source.ReplaceLineEndings("\n");
        if (!text.StartsWith(Fence + "\n", StringComparison.Ordinal))
        {
            throw new LetterTemplateException(name, "must start with a '---' line opening the front matter");
        }

        var close = text.IndexOf("\n" + Fence + "\n", Fence.Length, StringComparison.Ordinal);
        if (close < 0)
        {
            throw new LetterTemplateException(name, "front matter is not closed by a '---' line");
        }

        var json = text[(Fence.Length + 1)..close];
        var body = text[(close + Fence.Length + 2)..];
        try
        {
            var header = JsonSerializer.Deserialize<T>(json, Json)
                ?? throw new LetterTemplateException(name, "front matter is empty");
            return (header, body);
        }
        catch (JsonException e)
        {
            throw new LetterTemplateException(name, $"front matter is not valid: {e.Message}");
        }
    }
}

/// <summary>The front matter of one letter template.</summary>
internal sealed record LetterFrontMatter
{
    /// <summary>
    /// Only for a template outside the shipped set (a test's): a shipped letter's title lives in one place,
    /// knowledge/content/letters.json (and es/letters.json), which the chat and the advice read too.
    /// </summary>
    public string? Title { get; init; }
    /// <summary>Liquid: the letter's heading.</summary>
    public required string Subject { get; init; }
    public required IReadOnlyList<string> Citations { get; init; }
    public required string ResponseRequested { get; init; }
    public required DeadlineFrontMatter Deadline { get; init; }
    public IReadOnlyList<FieldFrontMatter> Fields { get; init; } = [];
    /// <summary>Liquid: advice on sending this particular letter, shown after the letter.</summary>
    public IReadOnlyList<string> SendingTips { get; init; } = [];
}

internal sealed record DeadlineFrontMatter
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required int Days { get; init; }
    public required int ReminderDaysBefore { get; init; }
    /// <summary>The state timeline that sets the answer date where the state has one (<c>AnswerDeadlines.Known</c>), e.g. "evaluationResponse".</summary>
    public string? Timeline { get; init; }
    /// <summary>Liquid: the calendar event's description.</summary>
    public required string Description { get; init; }
}

internal sealed record FieldFrontMatter
{
    public required string Name { get; init; }
    public required string Label { get; init; }
    public required string Question { get; init; }
    public bool Required { get; init; }
}

/// <summary>The front matter of the shared frame (<c>_letter.liquid</c>).</summary>
internal sealed record FrameFrontMatter
{
    public required IReadOnlyList<FieldFrontMatter> Fields { get; init; }
    /// <summary>Plain words for each concern area, keyed by its contract name (kebab-case).</summary>
    public required IReadOnlyDictionary<string, string> ConcernLabels { get; init; }
    /// <summary>The heading over this language's column when two languages are side by side ("Español — su copia").</summary>
    public required string SideBySideHeading { get; init; }
}
