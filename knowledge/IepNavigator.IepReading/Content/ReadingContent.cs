using System.Text.Json;
using IepNavigator.Knowledge.Content;

namespace IepNavigator.IepReading.Content;

/// <summary>Reads the JSON files of knowledge/content/iep-reading embedded in this assembly.</summary>
internal static class ReadingContent
{
    private const string Prefix = "IepNavigator.IepReading.Content.";

    private static readonly JsonSerializerOptions ContentOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    // A document is read with every language's words at once; what is said back follows the reader's language.
    private static readonly Lazy<CompiledVocabulary> LazyVocabulary = new(() =>
        new CompiledVocabulary(ContentLanguage.Supported
            .Select(l => (l, Read<VocabularyDocument>(InLanguage(l, "vocabulary.json"))))
            .ToList()));

    private static readonly Localized<ExplanationsDocument> LazyExplanations = new(l => Read<ExplanationsDocument>(InLanguage(l, "explanations.json")));

    public static CompiledVocabulary Vocabulary => LazyVocabulary.Value;

    public static ExplanationsDocument Explanations(string language) => LazyExplanations.For(language);

    private static string InLanguage(string language, string fileName) =>
        language == ContentLanguage.English ? fileName : language + "." + fileName;

    public static T Read<T>(string fileName)
    {
        using var stream = typeof(ReadingContent).Assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"Embedded content '{fileName}' is missing from the IEP reading assembly.");
        return JsonSerializer.Deserialize<T>(stream, ContentOptions)
            ?? throw new InvalidOperationException($"Embedded content '{fileName}' is empty.");
    }
}
