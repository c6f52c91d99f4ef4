using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Letters.Rendering;

namespace IepNavigator.Web.Letters;

/// <summary>
/// Everything needed to render one letter download; sealed inside a signed, encrypted, expiring link.
/// <see cref="Language"/> is "en", "es" or "es-en" (both side by side, .docx only); links issued before languages
/// existed carry none and stay English.
/// </summary>
public sealed record LetterOrder(
    string LetterId,
    LetterFormat Format,
    Dictionary<string, string?> Fields,
    CaseFacts Facts,
    DateOnly Today,
    string Language = ContentLanguage.English);
