using System.Globalization;
using System.Text.RegularExpressions;
using IepNavigator.Dialogs.Understanding;

namespace IepNavigator.Dialogs.Goals;

/// <summary>
/// What else a parent's answer in the progress log says, so it is not asked again: "30 in september 2026" answers the
/// starting number and when it was measured; "october he got 32" answers the date and the number. A number that is
/// part of a date (the 15 of "Oct 15", the 2026 of "september 2026", the 3 of "3 weeks ago") is never read as a value.
/// </summary>
public static partial class GoalAnswerReader
{
    /// <summary>The measured value in <paramref name="text"/>, leaving out every number that belongs to a date; null without one.</summary>
    public static double? ValueOutsideDates(string? text) =>
        ValuePrompt.ReadNumber(DateFragments().Replace(text ?? "", " "));

    /// <summary>True when <paramref name="text"/> names a date (a month, a numeric date, "3 weeks ago"), not just a number.</summary>
    public static bool HasDate(string? text) =>
        !string.IsNullOrEmpty(text) && text.Length <= 200 && DateFragments().IsMatch(text);

    /// <summary>The date a sentence gives beside its number ("30 in september 2026"), read <paramref name="direction"/> from today; null without one.</summary>
    public static DateOnly? DateBesideValue(string? text, DateOnly today, DateDirection direction)
    {
        if (!HasDate(text))
        {
            return null;
        }
        // Only the date's own words are read: "30 in september" must not become "30 days ago".
        var dates = string.Join(' ', DateFragments().Matches(text!).Select(m => m.Value));
        var date = NaturalDateParser.Parse(dates, today, direction)?.Date;
        return date is { } d && (direction == DateDirection.Past ? d <= today : d >= today) ? d : null;
    }

    /// <summary>
    /// The end date a parent means: "june 2027" or "by junio de 2027" names a month, so the goal runs to its last day
    /// (as the goal's own "By May 2027" does); a date with its day stays as given.
    /// </summary>
    public static DateOnly EndOfNamedMonth(string? text, DateOnly date)
    {
        if (!HasDate(text))
        {
            return date;
        }
        var fragments = DateFragments().Matches(text!).Select(m => m.Value).ToList();
        bool monthOnly = fragments.Count > 0 && fragments.All(f => MonthName().IsMatch(f) && !DayNumber().IsMatch(YearNumber().Replace(f, " ")));
        return monthOnly ? new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month)) : date;
    }

    private const string EnglishMonth = "january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec";
    private const string SpanishMonth = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre";

    // Linear time (NonBacktracking): a parent's message is bounded without a clock.
    [GeneratedRegex(
        @"\b\d{4}-\d{1,2}-\d{1,2}\b"
        + @"|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b"
        + @"|\b(?:" + EnglishMonth + @")\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s+(?:19|20)\d{2}\b)?"
        + @"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + EnglishMonth + @")\b\.?(?:,?\s+(?:19|20)\d{2}\b)?"
        + @"|\b\d{1,2}\s+de\s+(?:" + SpanishMonth + @")(?:\s+del?\s+(?:19|20)\d{2}\b)?"
        + @"|\b(?:" + SpanishMonth + @")(?:\s+del?\s+(?:19|20)\d{2}\b)?"
        + @"|\b(?:\d+|a|an|one|two|three|four|five|six)\s+(?:days?|weeks?|months?|years?)\s+ago\b"
        + @"|\bhace\s+\d+\s+(?:d[ií]as?|semanas?|meses|mes|años?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DateFragments();

    [GeneratedRegex(@"\b(?:" + EnglishMonth + "|" + SpanishMonth + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex MonthName();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex YearNumber();

    [GeneratedRegex(@"\d", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DayNumber();
}
