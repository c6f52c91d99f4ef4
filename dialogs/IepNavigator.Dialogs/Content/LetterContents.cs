namespace IepNavigator.Dialogs.Content;

/// <summary>What a letter must contain (content/letter-contents.json), until the letters flow drafts it.</summary>
public sealed class LetterContents
{
    private readonly Localized<LetterContentsDocument> _document;

    public LetterContents()
        => _document = DialogContent.Files.ReadLocalized<LetterContentsDocument>("letter-contents.json");

    public LetterContents(LetterContentsDocument document) =>
        _document = Localized<LetterContentsDocument>.Invariant(document ?? throw new ArgumentNullException(nameof(document)));

    /// <summary>The specific points of <paramref name="letterId"/> first, then what every letter needs (turn's language).</summary>
    public IReadOnlyList<string> For(string letterId) =>
        [.. _document.Current.Letters.GetValueOrDefault(letterId) ?? [], .. _document.Current.Common];
}

public sealed class LetterContentsDocument
{
    public List<string> Common { get; set; } = [];
    public Dictionary<string, List<string>> Letters { get; set; } = [];
}
