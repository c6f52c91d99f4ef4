namespace IepNavigator.Letters.Templates;

/// <summary>
/// One value the parent supplies for a letter (camelCase name, e.g. <c>childDateOfBirth</c>).
/// The chat asks <see cref="Question"/> when a required field is missing.
/// </summary>
public sealed record LetterField(string Name, string Label, string Question, bool Required);
