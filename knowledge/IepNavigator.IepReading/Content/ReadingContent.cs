using IepNavigator.Knowledge.Content;

namespace IepNavigator.IepReading.Content;

/// <summary>The IEP reader's content files (knowledge/content/iep-reading, embedded), each read once per language.</summary>
internal static class ReadingContent
{
    /// <summary>knowledge/content/iep-reading/*.json and their es/ twins.</summary>
    public static ContentFiles Files { get; } = new(typeof(ReadingContent).Assembly, "IepNavigator.IepReading.Content.");

    // A document is read with every language's words at once; what is said back follows the reader's language.
    private static readonly Lazy<CompiledVocabulary> LazyVocabulary = new(() =>
        new CompiledVocabulary(ContentLanguage.Supported
            .Select(l => (l, Files.Read<VocabularyDocument>("vocabulary.json", l)))
            .ToList()));

    private static readonly Localized<ExplanationsDocument> LazyExplanations = Files.ReadLocalized<ExplanationsDocument>("explanations.json");

    public static CompiledVocabulary Vocabulary => LazyVocabulary.Value;

    public static ExplanationsDocument Explanations(string language) => LazyExplanations.For(language);
}
