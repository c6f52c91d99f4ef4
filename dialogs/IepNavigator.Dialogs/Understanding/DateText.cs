using System.Globalization;

namespace IepNavigator.Dialogs.Understanding;

/// <summary>Dates as a US parent reads them (no culture data needed, so invariant-globalization hosts agree).</summary>
public static class DateText
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>"September 3, 2026".</summary>
    public static string Long(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{Months[date.Month - 1]} {date.Day}, {date.Year}");

    /// <summary>"Sep 3".</summary>
    public static string Short(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{Months[date.Month - 1][..3]} {date.Day}");
}
