using System.Globalization;
using System.Text.RegularExpressions;

namespace IepNavigator.Understanding.Text;

/// <summary>
/// Reads the ways parents write dates ("Sept 3", "9/3/2026", "last Monday", "about 3 weeks ago",
/// "early October", "last spring"), and their Spanish twins ("3 de septiembre", "hace 3 semanas"), as a date
/// relative to a given today. Pure: no clock, no culture lookups.
/// A year-less date is placed on the side of today that <see cref="DateDirection"/> says; a date with an
/// explicit year or a relative form ("in 2 weeks") keeps its side, so the caller can question a future date.
/// </summary>
public static partial class NaturalDateParser
{
    private static readonly string[] MonthPrefixes =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly Dictionary<string, int> SmallNumbers = new(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["couple"] = 2, ["couple of"] = 2, ["a couple of"] = 2,
        ["a couple"] = 2, ["three"] = 3, ["few"] = 3, ["a few"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
    };

    /// <summary>The date in an answer to a date question: a bare "3 weeks" there means three weeks ago.</summary>
    public static NaturalDate? Parse(string? text, DateOnly today, DateDirection direction = DateDirection.Past) =>
        Parse(text, today, direction, bareAmountIsDate: true);

    /// <summary>
    /// A date told in a parent's story ("I asked 3 weeks ago", "hace 3 semanas"): a bare amount there is a count
    /// ("suspended for 3 days", "that's 12 days this year"), not a date; only "… ago" / "hace …" / "in …" is.
    /// </summary>
    public static NaturalDate? ParseInStory(string? text, DateOnly today) =>
        Parse(text, today, DateDirection.Past, bareAmountIsDate: false);

    private static NaturalDate? Parse(string? text, DateOnly today, DateDirection direction, bool bareAmountIsDate)
    {
        var s = TextNormalizer.Normalize(text);
        if (s.Length == 0 || s.Length > 200)
        {
            return null;
        }
        var approximate = ApproximateWords().IsMatch(s) || SpanishApproximateWords().IsMatch(s);
        // Each English form, then its Spanish twin (NaturalDateParser.Spanish.cs): a parent may write either, or both.
        // Spanish month-only comes before English so "a principios de oct" is read with its part of the month.
        var result = Iso(s) ?? Numeric(s, today, direction) ?? SpanishMonthDay(s, today, direction) ?? MonthDay(s, today, direction)
            ?? MonthOfNamedYear(s, today) ?? Relative(s, today, bareAmountIsDate) ?? SpanishRelative(s, today, bareAmountIsDate) ?? Weekday(s, today, direction) ?? SpanishWeekday(s, today, direction)
            ?? SpanishMonthOnly(s, today, direction) ?? MonthOnly(s, today, direction)
            ?? Season(s, today, direction) ?? SpanishSeason(s, today, direction) ?? YearOnly(s, today);
        return result is null ? null : result with { Approximate = result.Approximate || approximate, DayGiven = !result.Approximate };
    }

    /// <summary>
    /// A bare amount after "was", "for", "lasted" ("the last one was like 3 days", "fue de 3 dias") is how long something
    /// lasted, not when it happened, even in an answer to a date question (seen trying the bot as a parent).
    /// </summary>
    private static bool IsDuration(string s, int amountAt) => DurationLeadIn().IsMatch(s[..amountAt]);

    private static NaturalDate? Iso(string s)
    {
        var m = IsoDate().Match(s);
        return m.Success ? Make(Int(m, 1), Int(m, 2), Int(m, 3), explicitYear: true) : null;
    }

    private static NaturalDate? Numeric(string s, DateOnly today, DateDirection direction)
    {
        var m = SlashDate().Match(s);
        if (!m.Success)
        {
            return null;
        }
        int month = Int(m, 1), day = Int(m, 2);
        if (m.Groups[3].Success)
        {
            var year = Int(m, 3);
            return Make(year < 100 ? 2000 + year : year, month, day, explicitYear: true);
        }
        return Place(month, day, today, direction);
    }

    private static NaturalDate? MonthDay(string s, DateOnly today, DateDirection direction)
    {
        var m = MonthThenDay().Match(s);
        if (!m.Success)
        {
            m = DayThenMonth().Match(s);
        }
        if (!m.Success)
        {
            return null;
        }
        var month = MonthNumber(m.Groups["month"].Value);
        var day = Int(m, "day");
        if (month is null)
        {
            return null;
        }
        return m.Groups["year"].Success
            ? Make(Int(m, "year"), month.Value, day, explicitYear: true)
            : Place(month.Value, day, today, direction);
    }

    private static NaturalDate? Relative(string s, DateOnly today, bool bareAmountIsDate)
    {
        if (Regex.IsMatch(s, @"\bday before yesterday\b"))
        {
            return new NaturalDate(today.AddDays(-2), false, false);
        }
        if (Regex.IsMatch(s, @"\byesterday\b"))
        {
            return new NaturalDate(today.AddDays(-1), false, false);
        }
        if (Regex.IsMatch(s, @"\b(today|this morning|this afternoon|tonight)\b"))
        {
            return new NaturalDate(today, false, false);
        }
        if (Regex.IsMatch(s, @"\btomorrow\b"))
        {
            return new NaturalDate(today.AddDays(1), false, false);
        }
        // The first amount that reads as a date: in a story, "12 days this year, the meeting was 2 weeks ago" is the second.
        var m = AgoOrIn().Matches(s).FirstOrDefault(a => (bareAmountIsDate && !IsDuration(s, a.Index)) || a.Groups["in"].Success || a.Groups["ago"].Success);
        if (m is not null)
        {
            var amount = m.Groups["n"].Value;
            var n = int.TryParse(amount, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
                ? parsed : SmallNumbers.GetValueOrDefault(amount.Trim(), -1);
            if (n is < 0 or > 500)
            {
                return null;
            }
            // "3 weeks" alone means ago; only "in 3 weeks" points forward.
            var sign = m.Groups["in"].Success && !m.Groups["ago"].Success ? 1 : -1;
            var unit = m.Groups["unit"].Value;
            var date = unit switch
            {
                "day" => today.AddDays(sign * n),
                // Texting abbreviations: "2 wks ago", "3 mos", "a yr".
                "week" or "wk" => today.AddDays(sign * 7 * n),
                "month" or "mo" => today.AddMonths(sign * n),
                _ => today.AddYears(sign * n),
            };
            return new NaturalDate(date, unit != "day", false);
        }
        var last = LastUnit().Match(s);
        if (last.Success)
        {
            var date = last.Groups["unit"].Value switch
            {
                "week" => today.AddDays(-7),
                "month" => today.AddMonths(-1),
                _ => today.AddYears(-1),
            };
            return new NaturalDate(date, true, false);
        }
        return null;
    }

    private static NaturalDate? Weekday(string s, DateOnly today, DateDirection direction)
    {
        var m = WeekdayName().Match(s);
        if (!m.Success)
        {
            return null;
        }
        var target = (DayOfWeek)Array.FindIndex(
            ["sun", "mon", "tue", "wed", "thu", "fri", "sat"], p => m.Groups["day"].Value.StartsWith(p, StringComparison.Ordinal));
        var modifier = m.Groups["mod"].Value;
        return PlaceWeekday(target, modifier == "last", modifier == "next", today, direction);
    }

    private static NaturalDate PlaceWeekday(DayOfWeek target, bool last, bool next, DateOnly today, DateDirection direction)
    {
        var future = next || (!last && direction == DateDirection.Future);
        var delta = ((int)target - (int)today.DayOfWeek + 7) % 7;
        if (future)
        {
            return new NaturalDate(today.AddDays(delta == 0 ? 7 : delta), false, false);
        }
        var back = ((int)today.DayOfWeek - (int)target + 7) % 7;
        // "last Monday" never means today; a bare "Monday" said on a Monday does.
        if (back == 0 && last)
        {
            back = 7;
        }
        return new NaturalDate(today.AddDays(-back), false, false);
    }

    private static NaturalDate? MonthOnly(string s, DateOnly today, DateDirection direction)
    {
        var m = MonthAlone().Match(s);
        if (!m.Success)
        {
            return null;
        }
        var month = MonthNumber(m.Groups["month"].Value);
        if (month is null)
        {
            return null;
        }
        // "the school may test him" is not a date: a bare "may" needs "in", a part of the month or a year.
        if (month == 5 && !m.Groups["part"].Success && !m.Groups["year"].Success && !s.Contains("in may", StringComparison.Ordinal))
        {
            return null;
        }
        var day = m.Groups["part"].Value switch
        {
            "early" or "beginning of" or "start of" => 5,
            "mid" or "middle of" => 15,
            "late" or "end of" => 25,
            _ => 1,
        };
        if (m.Groups["year"].Success)
        {
            // "march 2017 i think, the 14th" (a birth date): the day told after the month and year is that month's.
            if (!m.Groups["part"].Success && DayAfter().Match(s, m.Index + m.Length) is { Success: true } nth
                && Make(Int(m, "year"), month.Value, Int(nth, "day"), explicitYear: true) is { } exact)
            {
                return exact;
            }
            return Make(Int(m, "year"), month.Value, day, explicitYear: true) is { } dated ? dated with { Approximate = true } : null;
        }
        // "last january i think, the 20th or so": the day told after the month is that month's, as with a year above.
        if (!m.Groups["part"].Success && DayAfter().Match(s, m.Index + m.Length) is { Success: true } dayAfter
            && Place(month.Value, Int(dayAfter, "day"), today, direction) is { } told)
        {
            return told;
        }
        var placed = Place(month.Value, day, today, direction, sameMonthClampsToToday: true);
        return placed is null ? null : placed with { Approximate = true };
    }

    /// <summary>
    /// "last december", "this march", "next april", "december of last year": the words name the month's year, whatever the
    /// direction. Before the relative forms, so "in march last year" is March, not a year ago.
    /// </summary>
    private static NaturalDate? MonthOfNamedYear(string s, DateOnly today)
    {
        var m = MonthWithYearWord().Match(s);
        // "this may take a while" is no date.
        if (!m.Success || MonthNumber(m.Groups["month"].Value) is not { } month || (month == 5 && m.Groups["mod"].Value == "this"))
        {
            return null;
        }
        var year = m.Groups["rel"].Success
            ? today.Year + (m.Groups["rel"].Value == "last" ? -1 : m.Groups["rel"].Value == "next" ? 1 : 0)
            : YearOfNamedMonth(m.Groups["mod"].Value, month, today);
        // "last december i think, the 3rd": the day told after the month is that month's.
        if (DayAfter().Match(s, m.Index + m.Length) is { Success: true } nth && Make(year, month, Int(nth, "day"), explicitYear: true) is { } exact)
        {
            return exact;
        }
        return Make(year, month, 1, explicitYear: true) is { } dated ? dated with { Approximate = true } : null;
    }

    /// <summary>
    /// "last december" said in December, or any month not yet reached this year, is last year's ("last march" said in December
    /// is this year's); "next january" is the coming one, "next december" said in December next year's; "this" is this year's.
    /// </summary>
    private static int YearOfNamedMonth(string which, int month, DateOnly today) => which switch
    {
        "last" => month >= today.Month ? today.Year - 1 : today.Year,
        "next" => month <= today.Month ? today.Year + 1 : today.Year,
        _ => today.Year,
    };

    /// <summary>"in 2022", "fue en 2022": the middle of a past year, approximate (a year to come is no past event).</summary>
    private static NaturalDate? YearOnly(string s, DateOnly today)
    {
        var m = YearAlone().Match(s);
        if (!m.Success || Int(m, "year") > today.Year)
        {
            return null;
        }
        var year = Int(m, "year");
        return Make(year, 7, 1, explicitYear: true) is { } dated ? dated with { Approximate = true, Date = year == today.Year && dated.Date > today ? today : dated.Date } : null;
    }

    private static NaturalDate? Season(string s, DateOnly today, DateDirection direction)
    {
        var m = SeasonName().Match(s);
        if (!m.Success)
        {
            return null;
        }
        // The middle of the season: a rough date the parent is asked to accept or correct.
        var (month, day) = m.Groups["season"].Value switch
        {
            "spring" => (4, 15),
            "summer" => (7, 15),
            "fall" or "autumn" => (10, 15),
            _ => (1, 15),
        };
        if (m.Groups["year"].Success)
        {
            // "spring 2024": that season of that year, never this year's.
            return Make(Int(m, "year"), month, day, explicitYear: true) is { } dated ? dated with { Approximate = true } : null;
        }
        return PlaceSeason(month, day, last: m.Groups["mod"].Value == "last", next: false, today, direction);
    }

    /// <summary>The middle of a season on the side of today that "last", "next" or the direction asks for.</summary>
    private static NaturalDate PlaceSeason(int month, int day, bool last, bool next, DateOnly today, DateDirection direction)
    {
        var candidate = new DateOnly(today.Year, month, day);
        if ((direction == DateDirection.Past && !next) || last)
        {
            while (candidate > today || (last && SameSeason(candidate, today)))
            {
                candidate = candidate.AddYears(-1);
            }
        }
        else
        {
            while (candidate < today || (next && SameSeason(candidate, today)))
            {
                candidate = candidate.AddYears(1);
            }
        }
        return new NaturalDate(candidate, true, false);
    }

    private static bool SameSeason(DateOnly candidate, DateOnly today) => Math.Abs(today.DayNumber - candidate.DayNumber) < 46;

    /// <summary>A year-less month/day on the side of today the direction asks for.</summary>
    private static NaturalDate? Place(int month, int day, DateOnly today, DateDirection direction, bool sameMonthClampsToToday = false)
    {
        if (Make(today.Year, month, day, explicitYear: false) is not { } thisYear)
        {
            return month == 2 && day == 29 ? Make(today.Year - 1, 2, 28, false) : null;
        }
        if (direction == DateDirection.Past)
        {
            if (thisYear.Date <= today)
            {
                return thisYear;
            }
            if (sameMonthClampsToToday && month == today.Month)
            {
                return thisYear with { Date = today };
            }
            return Make(today.Year - 1, month, day, explicitYear: false);
        }
        return thisYear.Date >= today ? thisYear : Make(today.Year + 1, month, day, explicitYear: false);
    }

    private static NaturalDate? Make(int year, int month, int day, bool explicitYear) =>
        year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new NaturalDate(new DateOnly(year, month, day), false, explicitYear)
            : null;

    private static int? MonthNumber(string word)
    {
        if (word.Length < 3)
        {
            return null;
        }
        var index = Array.FindIndex(MonthPrefixes, p => word.StartsWith(p, StringComparison.Ordinal));
        return index < 0 ? null : index + 1;
    }

    private static int Int(Match m, int group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
}
