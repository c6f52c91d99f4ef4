using System.Globalization;
using System.Text.RegularExpressions;
using IepNavigator.IepReading.Content;

namespace IepNavigator.IepReading.Text;

/// <summary>How numeric dates are written in a document: month first (US), day first, or not yet known.</summary>
internal enum NumericDateOrder
{
    MonthFirst,
    DayFirst,
}

/// <summary>A date found in text: the value, where it is, and whether day and month could be the other way round.</summary>
internal readonly record struct FoundDate(DateOnly Value, int Index, int Length, bool Ambiguous);

/// <summary>Dates as IEPs write them: 10/14/2026, 2026-10-14, October 14, 2026, 14 de octubre de 2026.</summary>
internal sealed class DateText(CompiledVocabulary words, NumericDateOrder order, bool orderKnown)
{
    /// <summary>
    /// The numeric order of a document: a first number over 12 means day first, a second number over 12 month first;
    /// otherwise the document's language decides (US Spanish paperwork still often writes month first), and dates
    /// where both numbers are 12 or less stay ambiguous when the language says day first.
    /// </summary>
    public static DateText For(string foldedText, string language, CompiledVocabulary words)
    {
        int dayFirst = 0, monthFirst = 0;
        foreach (var match in CompiledVocabulary.FindAll(words.Dates, foldedText))
        {
            if (!match.Groups["a"].Success)
            {
                continue;
            }
            int a = int.Parse(match.Groups["a"].Value, CultureInfo.InvariantCulture), b = int.Parse(match.Groups["b"].Value, CultureInfo.InvariantCulture);
            dayFirst += a > 12 && b <= 12 ? 1 : 0;
            monthFirst += b > 12 && a <= 12 ? 1 : 0;
        }
        if (dayFirst > 0 && monthFirst == 0)
        {
            return new DateText(words, NumericDateOrder.DayFirst, orderKnown: true);
        }
        if (monthFirst > 0 && dayFirst == 0)
        {
            return new DateText(words, NumericDateOrder.MonthFirst, orderKnown: true);
        }
        return new DateText(words, language == "es" ? NumericDateOrder.DayFirst : NumericDateOrder.MonthFirst, orderKnown: language != "es");
    }

    /// <summary>Every date in <paramref name="folded"/> (folded text), in order.</summary>
    public IEnumerable<FoundDate> FindAll(string folded, int from = 0, int to = -1)
    {
        to = to < 0 ? folded.Length : to;
        foreach (var match in CompiledVocabulary.FindAll(words.Dates, folded))
        {
            if (match.Index < from)
            {
                continue;
            }
            if (match.Index >= to)
            {
                yield break;
            }
            if (Parse(match) is { } date)
            {
                yield return date;
            }
        }
    }

    public FoundDate? First(string folded, int from = 0, int to = -1) => FindAll(folded, from, to).Cast<FoundDate?>().FirstOrDefault();

    private FoundDate? Parse(Match match)
    {
        int year, month, day;
        bool ambiguous = false;
        if (match.Groups["iy"].Success)
        {
            year = Int(match, "iy");
            month = Int(match, "im");
            day = Int(match, "id");
        }
        else if (match.Groups["mon"].Success)
        {
            if (!words.MonthByWord.TryGetValue(match.Groups["mon"].Value, out month))
            {
                return null;
            }
            day = Int(match, "d");
            year = Int(match, "y");
        }
        else
        {
            int a = Int(match, "a"), b = Int(match, "b");
            year = Int(match, "y");
            bool dayFirst = order == NumericDateOrder.DayFirst;
            if (a > 12)
            {
                dayFirst = true;
            }
            else if (b > 12)
            {
                dayFirst = false;
            }
            else
            {
                ambiguous = !orderKnown && a != b;
            }
            (month, day) = dayFirst ? (b, a) : (a, b);
        }
        if (year < 100)
        {
            year += 2000;
        }
        if (year is < 1990 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }
        return new FoundDate(new DateOnly(year, month, day), match.Index, match.Length, ambiguous);
    }

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
}
