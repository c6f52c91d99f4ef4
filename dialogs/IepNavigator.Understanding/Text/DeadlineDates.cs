using System.Text.RegularExpressions;

namespace IepNavigator.Understanding.Text;

/// <summary>
/// A date told as a deadline ("they had to answer my request by nov 2", "no later than Dec 1", "antes del 2 de
/// noviembre", "a más tardar el 2", "tenían hasta el 2") says when something was due, never when something happened:
/// it is blanked out before an event's date is looked for, so it can set no event-date fact. Only a cue right before a
/// date counts ("I sent it by email on Oct 3" keeps its date).
/// </summary>
public static partial class DeadlineDates
{
    private const string Month = @"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)[a-z]*";

    /// <summary>The text with each deadline cue and its date turned to spaces (same length, so indexes still hold).</summary>
    public static string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? text : Cued().Replace(text, m => new string(' ', m.Length));
    }

    // Normalized text (lower case, no accents or apostrophes). The cue, then one date form, then an optional year.
    [GeneratedRegex(
        @"\b(by|no later than|not later than|due( by| on)?|deadline( was| is| of)?|(had|have|has) (until|till)|antes del?|a mas tardar( el)?|(tenian|tienen|tenia|tiene|teniamos|tenemos) hasta( el)?|fecha limite( era| es| fue)?( el)?)\s+"
        + @"(the\s+|el\s+)?("
        + @"\d{1,2}(st|nd|rd|th)?\s+((of|de)\s+)?" + Month
        + @"|" + Month + @"\s+(the\s+)?\d{1,2}(st|nd|rd|th)?\b"
        + @"|\d{1,2}/\d{1,2}(/\d{2,4})?"
        + @"|(next\s+|this\s+|proximo\s+)?(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)day|lunes|martes|miercoles|jueves|viernes"
        + @"|(the\s+)?end of (the\s+)?(month|week|year)|fin de mes|tomorrow|manana"
        + @"|\d{1,2}(st|nd|rd|th)?\b|" + Month + @")"
        + @"(,?\s+(de\s+)?\d{4}\b)?",
        RegexOptions.CultureInvariant)]
    private static partial Regex Cued();
}
