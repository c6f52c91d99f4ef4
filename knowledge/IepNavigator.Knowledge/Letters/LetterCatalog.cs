using IepNavigator.Knowledge.Content;

namespace IepNavigator.Knowledge.Letters;

/// <summary>The letter catalog read from the embedded letters.json.</summary>
public sealed class LetterCatalog : ILetterCatalog
{
    private readonly Dictionary<string, LetterEntry> byId;
    private readonly IReadOnlyList<LetterEntry> letters;

    /// <summary>The catalog of each language; null for a catalog of one language.</summary>
    private readonly Localized<LetterCatalog>? languages;

    /// <summary>Loads the embedded catalog; titles follow <see cref="ContentLanguage.Current"/>.</summary>
    public LetterCatalog()
        : this(KnowledgeContent.Default.Letters.Letters)
    {
        languages = new Localized<LetterCatalog>(l => new LetterCatalog(KnowledgeContent.For(l).Letters.Letters));
    }

    internal LetterCatalog(IReadOnlyList<LetterEntry> letters)
    {
        this.letters = letters;
        byId = letters.ToDictionary(l => l.Id, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public IReadOnlyList<LetterEntry> Letters => In(ContentLanguage.Current).letters;

    /// <inheritdoc />
    public LetterEntry? Find(string id) => In(ContentLanguage.Current).byId.GetValueOrDefault(id);

    /// <summary>The letter with this id in <paramref name="language"/> (its title as letters.json or es/letters.json says).</summary>
    public LetterEntry? Find(string id, string language) => In(language).byId.GetValueOrDefault(id);

    private LetterCatalog In(string language) => languages?.For(language) ?? this;
}
