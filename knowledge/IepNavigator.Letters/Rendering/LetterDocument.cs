using IepNavigator.Knowledge.Content;

namespace IepNavigator.Letters.Rendering;

/// <summary>What a paragraph is, so each output format can show it properly.</summary>
public enum LetterParagraphKind
{
    Heading,
    /// <summary>Starts a section after the letter (the sending advice); not part of what is mailed.</summary>
    Section,
    Paragraph,
    ListItem,
}

/// <summary>One paragraph; each line is a line break within it (addresses, or newlines the parent typed).</summary>
public sealed record LetterParagraph(LetterParagraphKind Kind, IReadOnlyList<string> Lines)
{
    public string Text => string.Join('\n', Lines);
}

/// <summary>
/// A filled-in letter, independent of format: what the text, .docx and preview are written from.
/// <see cref="Language"/> is the language it is written in ("en", "es").
/// </summary>
public sealed record LetterDocument(
    string LetterId, string Title, DateOnly Date, IReadOnlyList<LetterParagraph> Paragraphs, string Language = ContentLanguage.English)
{
    /// <summary>The letter itself: everything before the first section (the advice on sending it).</summary>
    public IReadOnlyList<LetterParagraph> Letter =>
        Paragraphs.TakeWhile(p => p.Kind != LetterParagraphKind.Section).ToList();

    /// <summary>The advice after the letter, from its section heading on; empty when there is none.</summary>
    public IReadOnlyList<LetterParagraph> Advice =>
        Paragraphs.SkipWhile(p => p.Kind != LetterParagraphKind.Section).ToList();
}
