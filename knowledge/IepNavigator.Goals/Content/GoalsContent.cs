using System.Text.Json;
using IepNavigator.Knowledge.Content;

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
    // Sentences a parent reads have translations (goals/es/); patterns and numbers do not.
    private static readonly Localized<ExplanationsDocument> LazyExplanations = new(l => Read<ExplanationsDocument>(InLanguage(l, "explanations.json")));
    private static readonly Localized<RewriteDocument> LazyRewrite = new(l => Read<RewriteDocument>(InLanguage(l, "rewrite.json")));
    private static readonly Localized<PhrasesDocument> LazyPhrases = new(l => Read<PhrasesDocument>(InLanguage(l, "phrases.json")));
    private static readonly Lazy<TrackingDocument> LazyTracking = new(() => Read<TrackingDocument>("tracking.json"));

    public static PatternsDocument Patterns => LazyPatterns.Value;
    /// <summary>In the language of the turn or request (<see cref="ContentLanguage.Current"/>).</summary>
    public static ExplanationsDocument Explanations => LazyExplanations.Current;
    public static RewriteDocument Rewrite => LazyRewrite.Current;
    public static PhrasesDocument Phrases => LazyPhrases.Current;

    private static string InLanguage(string language, string fileName) =>
        language == ContentLanguage.English ? fileName : language + "." + fileName;
    public static TrackingDocument Tracking => LazyTracking.Value;

    public static T Read<T>(string fileName)
    {
        using var stream = typeof(GoalsContent).Assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"Embedded content '{fileName}' is missing from the goals assembly.");
        return JsonSerializer.Deserialize<T>(stream, ContentOptions)
            ?? throw new InvalidOperationException($"Embedded content '{fileName}' is empty.");
    }
}
