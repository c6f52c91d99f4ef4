using System.Globalization;

namespace IepNavigator.Goals.Progress;

/// <summary>How numbers and dates read in the tracker's sentences: at most one decimal, invariant culture.</summary>
internal static class PlainNumbers
{
    public static string Format(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public static string Format(DateOnly date, string format) => date.ToString(format, CultureInfo.InvariantCulture);
}
