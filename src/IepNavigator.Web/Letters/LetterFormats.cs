using IepNavigator.Letters.Rendering;

namespace IepNavigator.Web.Letters;

public static class LetterFormats
{
    /// <summary>"txt" | "docx" | "ics" (case-insensitive); absent means txt.</summary>
    public static bool TryParse(string? text, out LetterFormat format)
    {
        format = LetterFormat.Txt;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }
        return text.ToUpperInvariant() switch
        {
            "TXT" => Set(LetterFormat.Txt, out format),
            "DOCX" => Set(LetterFormat.Docx, out format),
            "ICS" => Set(LetterFormat.Ics, out format),
            _ => false,
        };
    }

    private static bool Set(LetterFormat value, out LetterFormat format)
    {
        format = value;
        return true;
    }
}
