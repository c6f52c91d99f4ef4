using System.Globalization;

namespace IepNavigator.Knowledge.Content;

/// <summary>
/// How dates read in sentences for parents: "December 10, 2026" / "10 de diciembre de 2026". Month names are
/// written here rather than taken from culture data so hosts without ICU (invariant globalization) agree.
/// </summary>
public static class PlainDates
{
    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] SpanishMonths =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    /// <summary>The long form in the current language.</summary>
    public static string Format(DateOnly date) => Long(date, ContentLanguage.Current);

    public static string? Format(DateOnly? date) => date is { } d ? Format(d) : null;

    /// <summary>"September 3, 2026" / "3 de septiembre de 2026".</summary>
    public static string Long(DateOnly date, string language) =>
        ContentLanguage.Normalize(language) == ContentLanguage.Spanish
            ? string.Create(CultureInfo.InvariantCulture, $"{date.Day} de {SpanishMonths[date.Month - 1]} de {date.Year}")
            : string.Create(CultureInfo.InvariantCulture, $"{EnglishMonths[date.Month - 1]} {date.Day}, {date.Year}");

    /// <summary>"Sep 3" / "3 sep".</summary>
    public static string Short(DateOnly date, string language) =>
        ContentLanguage.Normalize(language) == ContentLanguage.Spanish
            ? string.Create(CultureInfo.InvariantCulture, $"{date.Day} {SpanishMonths[date.Month - 1][..3]}")
            : string.Create(CultureInfo.InvariantCulture, $"{EnglishMonths[date.Month - 1][..3]} {date.Day}");

    /// <summary>"September 2026" / "septiembre de 2026".</summary>
    public static string MonthYear(DateOnly date, string language) =>
        ContentLanguage.Normalize(language) == ContentLanguage.Spanish
            ? string.Create(CultureInfo.InvariantCulture, $"{SpanishMonths[date.Month - 1]} de {date.Year}")
            : string.Create(CultureInfo.InvariantCulture, $"{EnglishMonths[date.Month - 1]} {date.Year}");
}
