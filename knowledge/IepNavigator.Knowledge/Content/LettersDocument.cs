using IepNavigator.Knowledge.Letters;

namespace IepNavigator.Knowledge.Content;

/// <summary>letters.json: the catalog of letter template ids.</summary>
internal sealed record LettersDocument(IReadOnlyList<LetterEntry> Letters);
