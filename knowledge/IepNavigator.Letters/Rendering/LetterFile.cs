using System.Globalization;
using IepNavigator.Knowledge.Content;

namespace IepNavigator.Letters.Rendering;

/// <summary>The formats a letter downloads as (<c>?format=txt|docx|ics</c>).</summary>
public enum LetterFormat
{
    Txt,
    Docx,
    Ics,
}

/// <summary>
/// A rendered file ready to serve. The file name holds the letter id and date only, never the child's name,
/// so links and logs reveal nothing about the family.
/// </summary>
public sealed record LetterFile(string FileName, string ContentType, byte[] Content)
{
    internal static string ContentTypeOf(LetterFormat format) => format switch
    {
        LetterFormat.Txt => "text/plain; charset=utf-8",
        LetterFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        LetterFormat.Ics => "text/calendar; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown letter format"),
    };

    /// <summary>
    /// "evaluation-request-2026-11-26.docx" in English (as before languages), "...-es.docx" in Spanish and
    /// "...-es-en.docx" side by side, so the three downloads of one letter never overwrite each other.
    /// </summary>
    internal static string FileNameOf(string letterId, DateOnly date, LetterFormat format, string language = ContentLanguage.English) =>
        string.Create(CultureInfo.InvariantCulture, $"{letterId}-{date:yyyy-MM-dd}")
        + (language == ContentLanguage.English ? "" : "-" + language)
        + "." + format.ToString().ToLowerInvariant();
}
