namespace IepNavigator.Knowledge.Letters;

/// <summary>One letter template id and its title (knowledge/content/letters.json).</summary>
public sealed record LetterEntry(string Id, string Title);
