using System.Globalization;

namespace IepNavigator.Knowledge.Content;

/// <summary>How dates read in sentences for parents ("December 10, 2026").</summary>
internal static class PlainDates
{
    public static string Format(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    public static string? Format(DateOnly? date) => date is { } d ? Format(d) : null;
}
