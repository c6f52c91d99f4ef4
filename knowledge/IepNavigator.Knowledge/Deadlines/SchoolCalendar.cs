using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Knowledge.Deadlines;

/// <summary>
/// Counts days in the units timelines use. School days are weekdays that are not holidays or breaks; business
/// days are weekdays that are not federal holidays; the calendar-excluding units count weekends but skip breaks
/// (and, for closures, holidays too). Days are counted after the start date (the start is day 0).
/// The breaks are the typical ones of holidays.json unless a case gives its school's own (<see cref="For"/>).
/// </summary>
internal sealed class SchoolCalendar
{
    private const string AllStates = "";

    /// <summary>A break at least this long is a summer break (the school year ends before it).</summary>
    public const int SummerMinimumDays = 35;

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

    /// <summary>
    /// The calendar of one case: the state's holidays, and the school's own breaks when the parent gave them
    /// (they then replace the typical breaks, which are only an approximation).
    /// </summary>
    public CaseCalendar For(string? state, IReadOnlyList<DateRange>? schoolBreaks = null)
    {
        if (schoolBreaks is not { Count: > 0 })
        {
            return new CaseCalendar(this, state, d => In(breakDays, d, state), d => In(summerDays, d, state), OwnBreaks: false);
        }

        var breaks = new HashSet<DateOnly>();
        var summers = new HashSet<DateOnly>();
        foreach (var range in schoolBreaks)
        {
            var isSummer = range.To.DayNumber - range.From.DayNumber + 1 >= SummerMinimumDays;
            for (var day = range.From; day <= range.To; day = day.AddDays(1))
            {
                breaks.Add(day);
                if (isSummer)
                {
                    summers.Add(day);
                }
            }
        }

        return new CaseCalendar(this, state, breaks.Contains, summers.Contains, OwnBreaks: true);
    }

    public bool IsSchoolDay(DateOnly day, string? state) => For(state).IsSchoolDay(day);

    public bool IsBusinessDay(DateOnly day) => IsWeekday(day) && !federalHolidays.Contains(day);

    /// <summary>The date <paramref name="count"/> units after <paramref name="start"/>, with the typical breaks.</summary>
    public DateOnly Add(DateOnly start, int count, string unit, string? state) => For(state).Add(start, count, unit);

    internal bool IsClosed(DateOnly day, string? state) => In(closedDays, day, state);

    internal static bool IsWeekday(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

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

/// <summary>One case's school calendar: holidays of its state and its breaks (typical, or the school's own).</summary>
/// <param name="OwnBreaks">The breaks are the ones the parent gave, not the typical approximation.</param>
internal sealed record CaseCalendar(SchoolCalendar Calendar, string? State, Func<DateOnly, bool> IsBreak, Func<DateOnly, bool> IsSummer, bool OwnBreaks)
{
    /// <summary>How far to look for the end of a school year or the start of the next (a year and a summer).</summary>
    private const int SearchDays = 500;

    public bool IsSchoolDay(DateOnly day) => SchoolCalendar.IsWeekday(day) && !Calendar.IsClosed(day, State) && !IsBreak(day);

    /// <summary>The date <paramref name="count"/> units after <paramref name="start"/>.</summary>
    public DateOnly Add(DateOnly start, int count, string unit) => unit switch
    {
        TimeUnits.Calendar => start.AddDays(count),
        TimeUnits.Years => start.AddYears(count),
        TimeUnits.School => CountForward(start, count, IsSchoolDay),
        TimeUnits.Business => CountForward(start, count, Calendar.IsBusinessDay),
        TimeUnits.CalendarExcludingBreaks => CountForward(start, count, d => !IsBreak(d)),
        TimeUnits.CalendarExcludingSummer => CountForward(start, count, d => !IsSummer(d)),
        TimeUnits.CalendarExcludingClosures => CountForward(start, count, d => !Calendar.IsClosed(d, State) && !IsBreak(d)),
        TimeUnits.CalendarExcludingHolidays => CountForward(start, count, d => IsSummer(d) || (!Calendar.IsClosed(d, State) && !IsBreak(d))),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown time unit."),
    };

    /// <summary>The last school day before the first summer break after <paramref name="start"/>, or null if none is known.</summary>
    public DateOnly? LastSchoolDayOfYear(DateOnly start)
    {
        var summer = FirstSummerDayAfter(start);
        if (summer is not { } first)
        {
            return null;
        }

        for (var day = first.AddDays(-1); day > start; day = day.AddDays(-1))
        {
            if (IsSchoolDay(day))
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>The first school day after the first summer break after <paramref name="start"/>, or null if none is known.</summary>
    public DateOnly? FirstSchoolDayOfNextYear(DateOnly start)
    {
        var summer = FirstSummerDayAfter(start);
        if (summer is not { } first)
        {
            return null;
        }

        var day = first;
        while (IsSummer(day))
        {
            day = day.AddDays(1);
        }

        for (var i = 0; i < SearchDays && !IsSchoolDay(day); i++)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>School days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public int SchoolDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsSchoolDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether counting in <paramref name="unit"/> depends on the school's calendar (so the date is an estimate).</summary>
    public static bool DependsOnSchoolCalendar(string unit) => unit is TimeUnits.School or TimeUnits.CalendarExcludingBreaks
        or TimeUnits.CalendarExcludingSummer or TimeUnits.CalendarExcludingClosures or TimeUnits.CalendarExcludingHolidays;

    private DateOnly? FirstSummerDayAfter(DateOnly start)
    {
        for (var (day, i) = (start.AddDays(1), 0); i < SearchDays; (day, i) = (day.AddDays(1), i + 1))
        {
            if (IsSummer(day))
            {
                return day;
            }
        }

        return null;
    }

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
}
