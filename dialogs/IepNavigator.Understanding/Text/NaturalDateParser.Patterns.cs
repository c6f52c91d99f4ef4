using System.Text.RegularExpressions;

namespace IepNavigator.Understanding.Text;

/// <summary>The date shapes <see cref="NaturalDateParser"/> reads, over normalized text (lower case, no commas or dots).</summary>
public static partial class NaturalDateParser
{
    private const string Month =
        @"(?<month>jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)";

    // "about" / "around" hedge only a date or an amount they stand before ("about 3 weeks ago", "around the 8th", "around
    // October"): "I asked the teacher about testing on October 8" names its day.
    [GeneratedRegex(@"\b(roughly|approximately|approx|maybe|probably|sometime|some time|early|mid|late|or so|ish)\b"
        + @"|\b(about|around)\s+(the\s+|on\s+|in\s+|like\s+)?(\d|(an?\s+(few\s+|couple\s+(of\s+)?)?(day|week|wk|month|mo|year|yr)s?)\b|(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|couple|few|last|this time|the end|then|that time|when|mon|tues|wednes|thurs|fri|satur|sun)\b|(mon|tues|wednes|thurs|fri|satur|sun)day|spring|summer|fall|winter|halloween|thanksgiving|christmas|easter|new year"
        + @"|(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b)")]
    private static partial Regex ApproximateWords();

    [GeneratedRegex(@"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?\b")]
    private static partial Regex SlashDate();

    [GeneratedRegex(@"\b" + Month + @"\s+(the\s+)?(?<day>\d{1,2})(st|nd|rd|th)?\b(\s+(?<year>\d{4})\b)?")]
    private static partial Regex MonthThenDay();

    [GeneratedRegex(@"\b(the\s+)?(?<day>\d{1,2})(st|nd|rd|th)?\s+(of\s+)?" + Month + @"\b(\s+(?<year>\d{4})\b)?")]
    private static partial Regex DayThenMonth();

    // Not "Feb 30", "30 Feb" or "30 de feb": an impossible day must not fall back to "sometime in February".
    [GeneratedRegex(@"(?<!\d(st|nd|rd|th|ro|o)?\s+(of\s+|de\s+)?)\b((?<part>early|mid|late|beginning of|start of|middle of|end of)[\s-]+)?" + Month + @"\b(?!\s+(the\s+)?\d{1,2}(st|nd|rd|th)?\b)(\s+(?<year>\d{4})\b)?")]
    private static partial Regex MonthAlone();

    // "last december", "next april" (not "last december 3", a month's day); "december last year", "march of this year".
    [GeneratedRegex(@"\b(?<mod>last|this|next)\s+" + Month + @"\b(?!\s+(the\s+)?\d{1,2}(st|nd|rd|th)?\b)|\b" + Month + @"\s+(of\s+)?(?<rel>last|this|next)\s+year\b")]
    private static partial Regex MonthWithYearWord();

    [GeneratedRegex(@"\b(?<in>in\s+)?(?<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(a\s+)?couple(\s+of)?|(a\s+)?few)\s+(?<unit>day|week|wk|month|mo|year|yr)s?\b(?<ago>\s+(ago|back|before))?")]
    private static partial Regex AgoOrIn();

    // What comes right before an amount that lasted: "was (like) 3 days", "it took 2 weeks", "fue de 3 dias" ("waiting for 3 weeks" is since when).
    [GeneratedRegex(@"\b(was|were|lasted|lasting|took|fue|fue de|fueron|duro)(\s+(like|about|around|maybe|only|just|como|unos|unas|solo|nomas))?\s*$")]
    private static partial Regex DurationLeadIn();

    // "..., the 14th" / "on the 3rd": a day of the month told on its own, after its month and year.
    [GeneratedRegex(@"\b(on\s+)?the\s+(?<day>\d{1,2})(st|nd|rd|th)\b")]
    private static partial Regex DayAfter();

    [GeneratedRegex(@"\blast\s+(?<unit>week|month|year)\b")]
    private static partial Regex LastUnit();

    [GeneratedRegex(@"\b((?<mod>last|next|this|on)\s+)?(?<day>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|sday|nesday|rsday|urday)?\b")]
    private static partial Regex WeekdayName();

    // A season is a date, not a habit ("every summer", "over the summer"), a programme ("summer school", "ESY summer
    // services") or a verb ("he'll fall behind", "falls apart"). The look-behinds come after the season word, so they run
    // only where a season was found, not at every position of a long message.
    [GeneratedRegex(@"\b((?<mod>last|this|in the|next)\s+)?(?<season>spring|summer|fall|autumn|winter)\b(?<!\b(every|each|all|over|during|through|throughout|most|some|whole|entire|the\s+whole|the\s+entire)\s+(the\s+|this\s+|last\s+)?[a-z]+)(?<!\b(he|she|they|i|we|you|it|to|will|would|could|might|may|can|cant|dont|doesnt|didnt|hell|shell|theyll|ill|ll|not|never|and|or|always|also|even|just|keeps|kept|starts|started)\s+[a-z]+)(?!\s+(school|break|breaks|vacation|camp|camps|services|service|program|programs|session|sessions|months|semester|term|classes|behind|asleep|apart|down|off|out|through|into|over|back))(\s+(of\s+)?(?<year>(19|20)\d\d)\b)?")]
    private static partial Regex SeasonName();

    // "his last evaluation was in 2022", "fue en 2022", "was 2021": a year alone, after a word that places an event in it
    // ("since 2022" is no event date; "2022-23" is no year alone).
    [GeneratedRegex(@"\b(in|was|were|en|fue|fueron|back in|during|durante|around|como en|del)\s+(?<year>(19|20)\d\d)\b(?![/-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearAlone();
}
