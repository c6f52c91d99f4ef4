using System.Text.Json;

namespace IepNavigator.Goals.Content;

/// <summary>Reads the JSON files of knowledge/content/goals embedded in this assembly.</summary>
internal static class GoalsContent
{
    private const string Prefix = "IepNavigator.Goals.Content.";

    private static readonly JsonSerializerOptions ContentOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly Lazy<PatternsDocument> LazyPatterns = new(() => Read<PatternsDocument>("patterns.json"));
    private static readonly Lazy<ExplanationsDocument> LazyExplanations = new(() => Read<ExplanationsDocument>("explanations.json"));
    private static readonly Lazy<RewriteDocument> LazyRewrite = new(() => Read<RewriteDocument>("rewrite.json"));
    private static readonly Lazy<PhrasesDocument> LazyPhrases = new(() => Read<PhrasesDocument>("phrases.json"));
    private static readonly Lazy<TrackingDocument> LazyTracking = new(() => Read<TrackingDocument>("tracking.json"));

    public static PatternsDocument Patterns => LazyPatterns.Value;
    public static ExplanationsDocument Explanations => LazyExplanations.Value;
    public static RewriteDocument Rewrite => LazyRewrite.Value;
    public static PhrasesDocument Phrases => LazyPhrases.Value;
    public static TrackingDocument Tracking => LazyTracking.Value;

    public static T Read<T>(string fileName)
    {
        using var stream = typeof(GoalsContent).Assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"Embedded content '{fileName}' is missing from the goals assembly.");
        return JsonSerializer.Deserialize<T>(stream, ContentOptions)
            ?? throw new InvalidOperationException($"Embedded content '{fileName}' is empty.");
    }
}
