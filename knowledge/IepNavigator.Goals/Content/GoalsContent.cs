using IepNavigator.Knowledge.Content;

namespace IepNavigator.Goals.Content;

/// <summary>The goal tracker's content files (knowledge/content/goals, embedded), each read once per language.</summary>
internal static class GoalsContent
{
    /// <summary>knowledge/content/goals/*.json and their es/ twins.</summary>
    public static ContentFiles Files { get; } = new(typeof(GoalsContent).Assembly, "IepNavigator.Goals.Content.");

    private static readonly Lazy<PatternsDocument> LazyPatterns = new(() => Files.Read<PatternsDocument>("patterns.json"));
    // Sentences a parent reads have translations (goals/es/); patterns and numbers do not.
    private static readonly Localized<ExplanationsDocument> LazyExplanations = Files.ReadLocalized<ExplanationsDocument>("explanations.json");
    private static readonly Localized<RewriteDocument> LazyRewrite = Files.ReadLocalized<RewriteDocument>("rewrite.json");
    private static readonly Localized<PhrasesDocument> LazyPhrases = Files.ReadLocalized<PhrasesDocument>("phrases.json");
    private static readonly Lazy<TrackingDocument> LazyTracking = new(() => Files.Read<TrackingDocument>("tracking.json"));

    public static PatternsDocument Patterns => LazyPatterns.Value;
    /// <summary>In the language of the turn or request (<see cref="ContentLanguage.Current"/>).</summary>
    public static ExplanationsDocument Explanations => LazyExplanations.Current;
    public static RewriteDocument Rewrite => LazyRewrite.Current;
    public static PhrasesDocument Phrases => LazyPhrases.Current;
    public static TrackingDocument Tracking => LazyTracking.Value;
}
