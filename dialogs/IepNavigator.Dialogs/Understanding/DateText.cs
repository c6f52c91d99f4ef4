namespace IepNavigator.Dialogs.Understanding;

/// <summary>Dates as a US parent reads them, in the language of the turn (see <see cref="PlainDates"/>).</summary>
public static class DateText
{
    /// <summary>"September 3, 2026" / "3 de septiembre de 2026".</summary>
    public static string Long(DateOnly date) => PlainDates.Long(date, ContentLanguage.Current);

    /// <summary>"Sep 3" / "3 sep".</summary>
    public static string Short(DateOnly date) => PlainDates.Short(date, ContentLanguage.Current);
}
