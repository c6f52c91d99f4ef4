namespace IepNavigator.Knowledge.Deadlines;

/// <summary>The units a timeline may count in (state-timelines.json "unit").</summary>
internal static class TimeUnits
{
    public const string Calendar = "calendar";
    public const string School = "school";
    public const string Business = "business";
    public const string CalendarExcludingBreaks = "calendar-excluding-breaks";
    public const string CalendarExcludingSummer = "calendar-excluding-summer";
    public const string CalendarExcludingClosures = "calendar-excluding-closures";
    /// <summary>Calendar days not counting school holidays and breaks, but counting summer vacation (New Jersey).</summary>
    public const string CalendarExcludingHolidays = "calendar-excluding-holidays";
    public const string Years = "years";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Calendar, School, Business, CalendarExcludingBreaks, CalendarExcludingSummer, CalendarExcludingClosures,
        CalendarExcludingHolidays, Years,
    };
}
