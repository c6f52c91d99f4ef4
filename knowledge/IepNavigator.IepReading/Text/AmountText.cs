using System.Globalization;
using IepNavigator.IepReading.Content;
using IepNavigator.IepReading.Model;

namespace IepNavigator.IepReading.Text;

/// <summary>Minutes and how often, as services are written: "30 minutes, 2 times per week", "2x30 min weekly", "1 hr daily".</summary>
internal static partial class AmountText
{
    /// <summary>Minutes in folded text ("45 min", "1.5 hours"), or, when <paramref name="bareNumber"/>, a number alone (a Minutes column).</summary>
    public static int? Minutes(string folded, CompiledVocabulary words, bool bareNumber = false)
    {
        var match = CompiledVocabulary.Find(words.Minutes, folded);
        if (match.Success && double.TryParse(match.Groups["n"].Value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            var minutes = match.Groups["h"].Success ? value * 60 : value;
            return minutes is > 0 and <= 3000 ? (int)Math.Round(minutes) : null;
        }
        if (bareNumber)
        {
            var digits = System.Text.RegularExpressions.Regex.Match(folded, @"^\s*(\d{1,4})\b", System.Text.RegularExpressions.RegexOptions.None, CompiledVocabulary.Timeout);
            if (digits.Success && int.TryParse(digits.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 3000)
            {
                return n;
            }
        }
        return null;
    }

    /// <summary>How often, in folded text: "2 times per week", "twice weekly", "per week" / "daily" (once).</summary>
    public static ServiceFrequency? Frequency(string folded, CompiledVocabulary words)
    {
        // "2 x 30 minutes weekly": the count comes before the minutes.
        var count = CountByMinutes().Match(folded);
        if (count.Success && CompiledVocabulary.Find(words.PerPeriod, folded, count.Index) is { Success: true } every
            && words.PeriodByWord.TryGetValue(Normalize(every.Groups["p"].Value), out var each))
        {
            return new ServiceFrequency(int.Parse(count.Groups["t"].Value, CultureInfo.InvariantCulture), each);
        }
        var times = CompiledVocabulary.Find(words.TimesPer, folded);
        if (!times.Success)
        {
            times = CompiledVocabulary.Find(words.TimesAdverb, folded);
        }
        if (times.Success && Times(times.Groups["n"].Value, words) is { } n && words.PeriodByWord.TryGetValue(Normalize(times.Groups["p"].Value), out var period))
        {
            return new ServiceFrequency(n, period);
        }
        var per = CompiledVocabulary.Find(words.PerPeriod, folded);
        if (per.Success && words.PeriodByWord.TryGetValue(Normalize(per.Groups["p"].Value), out var once))
        {
            return new ServiceFrequency(1, once);
        }
        return null;
    }

    private static int? Times(string word, CompiledVocabulary words) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? (n is > 0 and <= 50 ? n : null)
        : words.TimesByWord.TryGetValue(Normalize(word), out var value) ? value : null;

    private static string Normalize(string value) => Fold.Spaces(value);

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d.])(?<t>[1-9])\s*x\s*(?<m>\d{1,3})\s*(?:min|minutes|minutos)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, 200)]
    private static partial System.Text.RegularExpressions.Regex CountByMinutes();
}
