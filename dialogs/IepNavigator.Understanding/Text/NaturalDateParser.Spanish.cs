using System.Globalization;
using System.Text.RegularExpressions;

namespace IepNavigator.Understanding.Text;

/// <summary>
/// The Spanish forms parents write ("3 de septiembre", "el lunes pasado", "hace unos 2 meses", "a finales de
/// octubre", "la primavera pasada"), read the same way as the English ones and in the same text: a parent may mix.
/// The text is normalized first, so accents and ñ are already folded ("miércoles" → "miercoles", "año" → "ano").
/// Numeric dates stay US month/day (US school paperwork), so "3/9" is March 9 in either language.
/// </summary>
public static partial class NaturalDateParser
{
    private const string SpanishMonthFull =
        "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre";

    // "ago" (agosto) and "set" (setiembre) are English words, so abbreviations only count after "de", "en" or "para".
    private const string SpanishMonthAbbreviation = "ene|feb|mar|abr|may|jun|jul|ago|sept|sep|set|oct|nov|dic";

    private const string SpanishYearWords = "ano pasado|ano anterior|este ano|ano que viene|proximo ano";

    private const string SpanishAmount =
        @"\d{1,3}|un par de|un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|unos|unas|pocos|pocas|varios|varias|algunos|algunas";

    private const string SpanishUnit = @"(?<unit>dias?|semanas?|mes|meses|anos?)";

    private const string SpanishApproximate = @"(?<approx>(como|unos|unas|aproximadamente|aprox|mas o menos|cerca de|alrededor de|casi|mas de|menos de)\s+)?";

    private static readonly Dictionary<string, int> SpanishNumbers = new(StringComparer.Ordinal)
    {
        ["un"] = 1, ["una"] = 1, ["uno"] = 1, ["dos"] = 2, ["un par de"] = 2, ["tres"] = 3, ["cuatro"] = 4, ["cinco"] = 5,
        ["seis"] = 6, ["siete"] = 7, ["ocho"] = 8, ["nueve"] = 9, ["diez"] = 10, ["once"] = 11, ["doce"] = 12,
        ["quince"] = 15, ["veinte"] = 20, ["unos"] = 3, ["unas"] = 3, ["pocos"] = 3, ["pocas"] = 3, ["varios"] = 3,
        ["varias"] = 3, ["algunos"] = 3, ["algunas"] = 3,
    };

    private static readonly string[] SpanishWeekdays = ["domingo", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado"];

    /// <summary>"3 de septiembre", "el 3 de sept", "1ro de octubre de 2025", "septiembre 3", "el 3 de mayo del año pasado".</summary>
    private static NaturalDate? SpanishMonthDay(string s, DateOnly today, DateDirection direction)
    {
        var m = SpanishDayOfMonth().Match(s);
        if (!m.Success)
        {
            m = SpanishMonthThenDay().Match(s);
        }
        if (!m.Success || SpanishMonthNumber(m.Groups["month"].Value) is not { } month)
        {
            return null;
        }
        var day = m.Groups["day"].Value == "primero" ? 1 : Int(m, "day");
        if (SpanishYear(m, today) is { } year)
        {
            return Make(year, month, day, explicitYear: true);
        }
        return Place(month, day, today, SpanishSide(m, direction));
    }

    /// <summary>"ayer", "anteayer", "hoy", "mañana", "hace 3 semanas", "hace unos 2 meses", "la semana pasada", "en 2 semanas".</summary>
    private static NaturalDate? SpanishRelative(string s, DateOnly today, bool bareAmountIsDate)
    {
        if (Regex.IsMatch(s, @"\b(anteayer|antier|antes de ayer)\b"))
        {
            return new NaturalDate(today.AddDays(-2), false, false);
        }
        if (Regex.IsMatch(s, @"\bayer\b"))
        {
            return new NaturalDate(today.AddDays(-1), false, false);
        }
        if (SpanishAgo().Match(s) is { Success: true } ago)
        {
            return SpanishAmountFromToday(ago, today, sign: -1);
        }
        // "hoy en día" is "nowadays", not a date.
        if (Regex.IsMatch(s, @"\bhoy\b(?!\s+(en\s+)?dia\b)|\besta\s+(manana|tarde|noche)\b"))
        {
            return new NaturalDate(today, false, false);
        }
        if (Regex.IsMatch(s, @"\bpasado\s+manana\b"))
        {
            return new NaturalDate(today.AddDays(2), false, false);
        }
        // "la mañana", "esta mañana" is the morning; "mañana" alone is tomorrow.
        if (Regex.IsMatch(s, @"(?<!\b(la|esta)\s+)\bmanana\b"))
        {
            return new NaturalDate(today.AddDays(1), false, false);
        }
        var last = SpanishLastUnit().Match(s);
        if (last.Success)
        {
            var date = last.Groups["unit"].Value switch
            {
                "semana" => today.AddDays(-7),
                "mes" => today.AddMonths(-1),
                _ => today.AddYears(-1),
            };
            return new NaturalDate(date, true, false);
        }
        var bare = SpanishAmountAlone().Matches(s).FirstOrDefault(a => (bareAmountIsDate && !IsDuration(s, a.Index)) || a.Groups["in"].Success || a.Groups["ago"].Success);
        if (bare is not null)
        {
            // As in English, "3 semanas" alone means ago; only "en 3 semanas" / "dentro de 3 semanas" points forward.
            return SpanishAmountFromToday(bare, today, sign: bare.Groups["in"].Success && !bare.Groups["ago"].Success ? 1 : -1);
        }
        return null;
    }

    private static NaturalDate? SpanishAmountFromToday(Match m, DateOnly today, int sign)
    {
        var amount = m.Groups["n"].Value;
        var n = int.TryParse(amount, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
            ? parsed : SpanishNumbers.GetValueOrDefault(amount, -1);
        if (n is < 0 or > 500)
        {
            return null;
        }
        var unit = m.Groups["unit"].Value;
        var date = unit switch
        {
            "dia" or "dias" => today.AddDays(sign * n),
            "semana" or "semanas" => today.AddDays(sign * 7 * n),
            "mes" or "meses" => today.AddMonths(sign * n),
            _ => today.AddYears(sign * n),
        };
        var isDays = unit.StartsWith("dia", StringComparison.Ordinal);
        return new NaturalDate(date, !isDays || m.Groups["approx"].Success, false);
    }

    /// <summary>"el lunes", "el lunes pasado", "el pasado lunes", "el próximo martes", "el martes que viene".</summary>
    private static NaturalDate? SpanishWeekday(string s, DateOnly today, DateDirection direction)
    {
        var m = SpanishWeekdayName().Match(s);
        if (!m.Success)
        {
            return null;
        }
        var target = (DayOfWeek)Array.IndexOf(SpanishWeekdays, m.Groups["day"].Value);
        var modifier = m.Groups["pre"].Value + " " + m.Groups["post"].Value;
        var last = modifier.Contains("pasado", StringComparison.Ordinal);
        var next = modifier.Contains("proximo", StringComparison.Ordinal) || modifier.Contains("que viene", StringComparison.Ordinal)
            || modifier.Contains("que entra", StringComparison.Ordinal);
        return PlaceWeekday(target, last, next, today, direction);
    }

    /// <summary>
    /// "en octubre", "octubre de 2025", "septiembre del año pasado", and a part of the month: "a principios de"
    /// is read as the 5th, "a mediados de" the 15th, "a finales / fines de" the 25th (the same days as English
    /// "early", "mid" and "late"); always approximate.
    /// </summary>
    private static NaturalDate? SpanishMonthOnly(string s, DateOnly today, DateDirection direction)
    {
        var m = SpanishMonthAlone().Match(s);
        if (!m.Success || SpanishMonthNumber(m.Groups["month"].Value) is not { } month)
        {
            return null;
        }
        var day = m.Groups["part"].Value switch
        {
            "principios" or "comienzos" or "inicios" => 5,
            "mediados" => 15,
            "finales" or "fines" => 25,
            _ => 1,
        };
        if (SpanishYear(m, today) is { } year)
        {
            return Make(year, month, day, explicitYear: true) is { } dated ? dated with { Approximate = true } : null;
        }
        // "el diciembre pasado" said in December is last year's, "este diciembre" this year's (as English "last december").
        var named = (m.Groups["pre"].Value + " " + m.Groups["side"].Value).Trim();
        if (named.Length > 0)
        {
            var which = named.Contains("pasado", StringComparison.Ordinal) ? "last" : named == "este" ? "this" : "next";
            return Make(YearOfNamedMonth(which, month, today), month, day, explicitYear: true) is { } told ? told with { Approximate = true } : null;
        }
        var placed = Place(month, day, today, direction, sameMonthClampsToToday: true);
        return placed is null ? null : placed with { Approximate = true };
    }

    /// <summary>"la primavera pasada", "el otoño pasado", "este verano", "el próximo invierno": the middle of the season, approximate.</summary>
    private static NaturalDate? SpanishSeason(string s, DateOnly today, DateDirection direction)
    {
        var m = SpanishSeasonName().Match(s);
        if (!m.Success)
        {
            return null;
        }
        var (month, day) = m.Groups["season"].Value switch
        {
            "primavera" => (4, 15),
            "verano" => (7, 15),
            "otono" => (10, 15),
            _ => (1, 15),
        };
        if (m.Groups["year"].Success)
        {
            return Make(Int(m, "year"), month, day, explicitYear: true) is { } dated ? dated with { Approximate = true } : null;
        }
        var modifier = m.Groups["pre"].Value + " " + m.Groups["post"].Value;
        var next = modifier.Contains("proxim", StringComparison.Ordinal) || modifier.Contains("que viene", StringComparison.Ordinal);
        return PlaceSeason(month, day, last: modifier.Contains("pasad", StringComparison.Ordinal), next, today, direction);
    }

    /// <summary>A year the words give: a number, or "del año pasado" / "de este año" / "del año que viene".</summary>
    private static int? SpanishYear(Match m, DateOnly today)
    {
        if (m.Groups["year"].Success)
        {
            return Int(m, "year");
        }
        return m.Groups["rel"].Value switch
        {
            "ano pasado" or "ano anterior" => today.Year - 1,
            "este ano" => today.Year,
            "ano que viene" or "proximo ano" => today.Year + 1,
            _ => null,
        };
    }

    /// <summary>"septiembre pasado" is behind us and "octubre que viene" ahead, whatever the caller expects.</summary>
    private static DateDirection SpanishSide(Match m, DateDirection direction) => m.Groups["side"].Value switch
    {
        "pasado" => DateDirection.Past,
        "que viene" or "proximo" => DateDirection.Future,
        _ => direction,
    };

    private static int? SpanishMonthNumber(string word)
    {
        if (word.Length < 3)
        {
            return null;
        }
        return word[..3] switch
        {
            "ene" => 1,
            "feb" => 2,
            "mar" => 3,
            "abr" => 4,
            "may" => 5,
            "jun" => 6,
            "jul" => 7,
            "ago" => 8,
            "sep" or "set" => 9,
            "oct" => 10,
            "nov" => 11,
            "dic" => 12,
            _ => null,
        };
    }

    [GeneratedRegex(@"\b(unos|unas|aproximadamente|aprox|alrededor de|mas o menos|masomenos|cerca de|casi|tal vez|quizas?|por ahi)\b|\b(principios|comienzos|inicios|mediados|finales|fines)\s+de\b|\bcomo\s+(hace|el|en|a|por|unos|unas|\d)|\bhace\s+como\b")]
    private static partial Regex SpanishApproximateWords();

    [GeneratedRegex(@"\b(el\s+)?(dia\s+)?(?<day>\d{1,2}|primero)(ro|ero|o)?\s+de\s+(?<month>" + SpanishMonthFull + "|" + SpanishMonthAbbreviation
        + @")\b(\s+(de\s+|del\s+)?(?<year>\d{4})\b|\s+(de\s+|del\s+)(?<rel>" + SpanishYearWords + @")\b|\s+(?<side>pasado|que viene|proximo)\b)?")]
    private static partial Regex SpanishDayOfMonth();

    [GeneratedRegex(@"\b(?<month>" + SpanishMonthFull + @")\s+(?<day>\d{1,2})\b(\s+(de\s+|del\s+)?(?<year>\d{4})\b)?")]
    private static partial Regex SpanishMonthThenDay();

    [GeneratedRegex(@"\bhace\s+(ya\s+)?" + SpanishApproximate + "(?<n>" + SpanishAmount + @")\s+" + SpanishUnit + @"\b")]
    private static partial Regex SpanishAgo();

    [GeneratedRegex(@"\b(la\s+(?<unit>semana)\s+(pasada|anterior)|el\s+(?<unit>mes|ano)\s+(pasado|anterior))\b")]
    private static partial Regex SpanishLastUnit();

    // Not "por 3 días" or "durante un mes": a length of time (a 3-day suspension) is not a date.
    [GeneratedRegex(@"(?<!\b(por|durante|cada|de|los|las)\s+)\b(?<in>(en|dentro\s+de)\s+)?" + SpanishApproximate + "(?<n>" + SpanishAmount + @")\s+" + SpanishUnit + @"\b(?<ago>\s+(atras|antes))?")]
    private static partial Regex SpanishAmountAlone();

    [GeneratedRegex(@"(?<!\bsanto\s+)\b((?<pre>el\s+proximo|el\s+pasado|este|el|proximo|pasado)\s+)?(?<day>lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b(\s+(?<post>pasado|que\s+viene|proximo|que\s+entra))?")]
    private static partial Regex SpanishWeekdayName();

    // Not "30 de febrero": an impossible day must not fall back to "sometime in February".
    [GeneratedRegex(@"(?<!\d(ro|o)?\s+(de\s+)?)\b((a\s+)?(?<part>principios|comienzos|inicios|mediados|finales|fines)\s+de\s+|(en|de|para)\s+(el\s+mes\s+de\s+)?)?((?<pre>este|el\s+proximo|el\s+pasado|proximo|pasado)\s+)?(?<month>" + SpanishMonthFull
        + @"|(?<=\b(en|de|para)\s+)(" + SpanishMonthAbbreviation + @"))\b(?!\s+\d{1,2}\b)(\s+(de\s+|del\s+)?(?<year>\d{4})\b|\s+(de\s+|del\s+)(?<rel>" + SpanishYearWords
        + @")\b|\s+(?<side>pasado|que viene|proximo)\b)?")]
    private static partial Regex SpanishMonthAlone();

    // "cada verano", "todo el verano", "durante el verano": a habit or a span, no date (as "every summer"); the
    // look-behind runs only where a season word was found.
    [GeneratedRegex(@"\b((?<pre>el\s+proximo|la\s+proxima|el\s+pasado|la\s+pasada|en\s+el|en\s+la|este|esta|el|la|en|proximo|proxima)\s+)?(?<season>primavera|verano|otono|invierno)\b(?<!\b(cada|todo|toda|durante|por|tod[oa]s\s+l[oa]s)\s+(el\s+|la\s+)?[a-z]+)(\s+(?<post>pasad[oa]|que\s+viene|proxim[oa])\b|\s+(de|del)\s+(?<year>\d{4})\b)?")]
    private static partial Regex SpanishSeasonName();
}
