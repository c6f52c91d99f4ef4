using System.Globalization;
using IepNavigator.Knowledge.Content;

namespace IepNavigator.Goals.Progress;

/// <summary>How numbers and dates read in the tracker's sentences: at most one decimal; month names in the turn's language.</summary>
internal static class PlainNumbers
{
    public static string Format(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public static string Format(DateOnly date, string format) => date.ToString(format, DateCulture);

    /// <summary>Spanish month names need culture data; a host without ICU falls back to invariant (English) names.</summary>
    internal static CultureInfo DateCulture =>
        ContentLanguage.Current == ContentLanguage.Spanish ? Spanish.Value ?? CultureInfo.InvariantCulture : CultureInfo.InvariantCulture;

    private static readonly Lazy<CultureInfo?> Spanish = new(() =>
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo("es-US");
            return culture.DateTimeFormat.GetMonthName(1) == "January" ? null : culture;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    });
}
