using System.Globalization;
using System.Text;

namespace IepNavigator.Dialogs.Understanding;

/// <summary>Lower-case, apostrophes unified, punctuation turned to spaces, runs of spaces collapsed.</summary>
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
            var c = raw is '\u2019' or '\u2018' or '`' ? '\'' : char.ToLower(raw, CultureInfo.InvariantCulture);
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
}
