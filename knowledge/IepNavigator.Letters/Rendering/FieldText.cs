using System.Text;
using System.Xml;

namespace IepNavigator.Letters.Rendering;

/// <summary>
/// Cleans a value the parent typed so it is safe in every output: line endings become <c>\n</c>, and
/// characters XML 1.0 cannot hold (control characters, lone surrogates) are dropped — they would make
/// the .docx unreadable. Everything else (accents, apostrophes, right-to-left text, braces) is kept as is.
/// </summary>
internal static class FieldText
{
    /// <summary>The cleaned value, or null when nothing but whitespace is left.</summary>
    public static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.ReplaceLineEndings("\n");
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (c is '\n' or '\t' || (!char.IsControl(c) && XmlConvert.IsXmlChar(c)))
            {
                builder.Append(c);
            }
        }

        var cleaned = builder.ToString().Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    /// <summary>Cleans every value; drops empty ones so "missing" has one meaning.</summary>
    public static Dictionary<string, string> CleanAll(IReadOnlyDictionary<string, string?> fields)
    {
        var cleaned = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            if (Clean(value) is { } text)
            {
                cleaned[name] = text;
            }
        }

        return cleaned;
    }

    /// <summary>
    /// A field the chat stored as a date (yyyy-MM-dd, e.g. a date of birth it understood) is written out in the
    /// letter's language: "March 4, 2016" in the English letter, "4 de marzo de 2016" in the Spanish copy.
    /// </summary>
    public static Dictionary<string, string> WriteDates(Dictionary<string, string> fields, string language)
    {
        foreach (var (name, value) in fields.ToList())
        {
            if (value.Length == 10 && DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
            {
                fields[name] = FactValues.FormatDate(date, language);
            }
        }
        return fields;
    }
}
