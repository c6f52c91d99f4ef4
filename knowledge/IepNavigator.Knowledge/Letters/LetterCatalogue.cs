using IepNavigator.Knowledge.Content;

namespace IepNavigator.Knowledge.Letters;

/// <summary>The letter catalogue read from the embedded letters.json.</summary>
public sealed class LetterCatalogue : ILetterCatalogue
{
    private readonly Dictionary<string, LetterEntry> byId;
    private readonly IReadOnlyList<LetterEntry> letters;

    /// <summary>The catalogue of each language; null for a catalogue of one language.</summary>
    private readonly Localized<LetterCatalogue>? languages;

    /// <summary>Loads the embedded catalogue; titles follow <see cref="ContentLanguage.Current"/>.</summary>
    public LetterCatalogue()
        : this(KnowledgeContent.Default.Letters.Letters)
    {
        languages = new Localized<LetterCatalogue>(l => new LetterCatalogue(KnowledgeContent.For(l).Letters.Letters));
    }

    internal LetterCatalogue(IReadOnlyList<LetterEntry> letters)
    {
        this.letters = letters;
        byId = letters.ToDictionary(l => l.Id, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public IReadOnlyList<LetterEntry> Letters => In(ContentLanguage.Current).letters;

    /// <inheritdoc />
    public LetterEntry? Find(string id) => In(ContentLanguage.Current).byId.GetValueOrDefault(id);

    private LetterCatalogue In(string language) => languages?.For(language) ?? this;
}
