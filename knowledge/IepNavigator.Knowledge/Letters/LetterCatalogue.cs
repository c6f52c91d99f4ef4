using IepNavigator.Knowledge.Content;

namespace IepNavigator.Knowledge.Letters;

/// <summary>The letter catalogue read from the embedded letters.json.</summary>
public sealed class LetterCatalogue : ILetterCatalogue
{
    private readonly Dictionary<string, LetterEntry> byId;

    /// <summary>Loads the embedded catalogue.</summary>
    public LetterCatalogue()
        : this(KnowledgeContent.Default.Letters.Letters)
    {
    }

    internal LetterCatalogue(IReadOnlyList<LetterEntry> letters)
    {
        Letters = letters;
        byId = letters.ToDictionary(l => l.Id, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public IReadOnlyList<LetterEntry> Letters { get; }

    /// <inheritdoc />
    public LetterEntry? Find(string id) => byId.GetValueOrDefault(id);
}
