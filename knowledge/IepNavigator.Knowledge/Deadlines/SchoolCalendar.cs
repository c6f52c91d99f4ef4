namespace IepNavigator.Knowledge.Deadlines;

/// <summary>
/// Counts days in the units timelines use. School days are weekdays that are not holidays or breaks; business
/// days are weekdays that are not federal holidays; the calendar-excluding units count weekends but skip breaks
/// (and, for closures, holidays too). Days are counted after the start date (the start is day 0).
/// </summary>
internal sealed class SchoolCalendar
{
    private const string AllStates = "";
    private readonly Dictionary<string, HashSet<DateOnly>> closedDays = [];
    private readonly HashSet<DateOnly> federalHolidays = [];
    private readonly Dictionary<string, HashSet<DateOnly>> breakDays = [];
    private readonly Dictionary<string, HashSet<DateOnly>> summerDays = [];

    public SchoolCalendar(HolidaysDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var holiday in document.Holidays)
        {
            SetFor(closedDays, holiday.State).Add(holiday.Date);
            if (holiday.Federal)
            {
                federalHolidays.Add(holiday.Date);
            }
        }

        foreach (var schoolBreak in document.Breaks)
        {
            for (var day = schoolBreak.From; day <= schoolBreak.To; day = day.AddDays(1))
            {
                SetFor(breakDays, schoolBreak.State).Add(day);
                if (schoolBreak.Kind == "summer")
                {
                    SetFor(summerDays, schoolBreak.State).Add(day);
                }
            }
        }
    }

    public bool IsSchoolDay(DateOnly day, string? state) =>
        IsWeekday(day) && !In(closedDays, day, state) && !In(breakDays, day, state);

    public bool IsBusinessDay(DateOnly day) => IsWeekday(day) && !federalHolidays.Contains(day);

    /// <summary>The date <paramref name="count"/> units after <paramref name="start"/>.</summary>
    public DateOnly Add(DateOnly start, int count, string unit, string? state) => unit switch
    {
        TimeUnits.Calendar => start.AddDays(count),
        TimeUnits.Years => start.AddYears(count),
        TimeUnits.School => CountForward(start, count, d => IsSchoolDay(d, state)),
        TimeUnits.Business => CountForward(start, count, IsBusinessDay),
        TimeUnits.CalendarExcludingBreaks => CountForward(start, count, d => !In(breakDays, d, state)),
        TimeUnits.CalendarExcludingSummer => CountForward(start, count, d => !In(summerDays, d, state)),
        TimeUnits.CalendarExcludingClosures => CountForward(start, count, d => !In(closedDays, d, state) && !In(breakDays, d, state)),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown time unit."),
    };

    private static DateOnly CountForward(DateOnly start, int count, Func<DateOnly, bool> counts)
    {
        var day = start;
        for (var counted = 0; counted < count;)
        {
            day = day.AddDays(1);
            if (counts(day))
            {
                counted++;
            }
        }

        return day;
    }

    private static bool IsWeekday(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    private static bool In(Dictionary<string, HashSet<DateOnly>> sets, DateOnly day, string? state) =>
        (sets.TryGetValue(AllStates, out var all) && all.Contains(day))
        || (state is not null && sets.TryGetValue(state, out var own) && own.Contains(day));

    private static HashSet<DateOnly> SetFor(Dictionary<string, HashSet<DateOnly>> sets, string? state)
    {
        var key = state ?? AllStates;
        if (!sets.TryGetValue(key, out var set))
        {
            set = [];
            sets[key] = set;
        }

        return set;
    }
}
