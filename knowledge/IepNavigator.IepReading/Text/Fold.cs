using System.Globalization;
using System.Text;

namespace IepNavigator.IepReading.Text;

/// <summary>
/// Lower case without accents, one character for one character ("Reunión" → "reunion"), so Spanish and English
/// vocabulary match whatever the document's accents, and offsets in the folded text are offsets in the original.
/// </summary>
internal static class Fold
{
    public static string Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var chars = new char[value.Length];
        for (int i = 0; i < value.Length; i++)
        {
            chars[i] = Char(value[i]);
        }
        return new string(chars);
    }

    public static char Char(char c)
    {
        if (c < 128)
        {
            return char.ToLowerInvariant(c);
        }
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var first = decomposed[0];
        return CharUnicodeInfo.GetUnicodeCategory(first) == UnicodeCategory.NonSpacingMark ? c : char.ToLowerInvariant(first);
    }

    /// <summary>Runs of white space as one space, trimmed.</summary>
    public static string Spaces(string value)
    {
        var text = new StringBuilder(value.Length);
        bool space = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || c == '\u00a0')
            {
                space = text.Length > 0;
                continue;
            }
            if (space)
            {
                text.Append(' ');
                space = false;
            }
            text.Append(c);
        }
        return text.ToString();
    }
}
