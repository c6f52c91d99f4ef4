using IepNavigator.Knowledge.Content;

namespace IepNavigator.Letters;

/// <summary>
/// The languages a letter is written in: one of <see cref="ContentLanguage.Supported"/> ("en", "es"), or a
/// parent's language beside English, "es-en": one .docx with the English letter (the one to send) and the
/// parent's copy side by side. English is the language of the school, so it is always the second half.
/// </summary>
public static class LetterLanguages
{
    /// <summary>The Spanish copy beside the English letter (.docx only).</summary>
    public const string SpanishWithEnglish = "es-en";

    private const string WithEnglish = "-" + ContentLanguage.English;

    /// <summary>Every value a download may ask for: "en", "es", "es-en".</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        .. ContentLanguage.Supported,
        .. ContentLanguage.Supported.Where(l => l != ContentLanguage.English).Select(l => l + WithEnglish),
    ];

    /// <summary>True for "es-en" (a parent's language beside English).</summary>
    public static bool IsSideBySide(string? language) =>
        language is not null && language.EndsWith(WithEnglish, StringComparison.Ordinal) && All.Contains(language);

    /// <summary>The parent's language of a side-by-side code ("es-en" → "es").</summary>
    public static string ParentLanguageOf(string sideBySide) =>
        IsSideBySide(sideBySide) ? sideBySide[..^WithEnglish.Length]
        : throw new ArgumentException($"'{sideBySide}' is not a side-by-side language.", nameof(sideBySide));

    /// <summary>
    /// Reads a <c>lang</c> value exactly: "en", "es" or "es-en" (any case); absent means English. False for
    /// anything else ("fr", "es-US"), so a host answers 400 instead of guessing.
    /// </summary>
    public static bool TryParse(string? text, out string language)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            language = ContentLanguage.English;
            return true;
        }

        var lower = text.Trim().ToLowerInvariant();
        language = All.Contains(lower) ? lower : ContentLanguage.English;
        return All.Contains(lower);
    }

    /// <summary>
    /// The one language a renderer writes in: null → <see cref="ContentLanguage.Current"/>; a supported code or
    /// locale ("es", "es-US") → its code. Anything else throws, so a string passed to the wrong overload (a
    /// calendar title where the language goes) fails loudly instead of rendering English.
    /// </summary>
    internal static string Single(string? language)
    {
        if (language is null)
        {
            return ContentLanguage.Current;
        }

        if (IsSideBySide(language))
        {
            throw new ArgumentException(
                $"'{language}' (side by side) is a .docx only: use RenderSideBySide or Render with LetterFormat.Docx.", nameof(language));
        }

        return ContentLanguage.IsSupported(language)
            ? ContentLanguage.Normalize(language)
            : throw new ArgumentException(
                $"'{language}' is not a letter language ({string.Join(", ", ContentLanguage.Supported)}).", nameof(language));
    }
}
