using System.Globalization;
using System.Text;

namespace IepNavigator.Understanding.Text;

/// <summary>
/// Lower-case, apostrophes unified, punctuation turned to spaces, runs of spaces collapsed, and accents on
/// Latin letters folded (á→a, ñ→n, ü→u) so "evaluación" and "evaluacion", "año" and "ano" match alike.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var builder = new StringBuilder(text.Length);
        var lastWasSpace = true;
        foreach (var raw in text.Normalize(NormalizationForm.FormKC))
        {
            var c = raw is '\u2019' or '\u2018' or '`' ? '\'' : FoldAccent(char.ToLower(raw, CultureInfo.InvariantCulture));
            var keep = char.IsLetterOrDigit(c) || c is '\'' or '/' or '-';
            if (keep)
            {
                builder.Append(c);
                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }
        return builder.ToString().Trim().Replace("'", "", StringComparison.Ordinal);
    }

    /// <summary>A Latin letter with accents becomes its plain ASCII letter; every other character stays as it is.</summary>
    private static char FoldAccent(char c)
    {
        if (c < '\u00C0' || c > '\u024F' || !char.IsLetter(c))
        {
            return c;
        }
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 1 && decomposed[0] < '\u0080' && char.IsLetter(decomposed[0])
            && decomposed.Skip(1).All(m => CharUnicodeInfo.GetUnicodeCategory(m) == UnicodeCategory.NonSpacingMark)
            ? decomposed[0]
            : c;
    }
}
