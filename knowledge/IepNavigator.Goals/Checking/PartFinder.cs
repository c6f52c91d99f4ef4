using System.Text.RegularExpressions;
using IepNavigator.Knowledge.Text;

namespace IepNavigator.Goals.Checking;

/// <summary>Finds the baseline, condition, criterion, measurement and time frame of one goal by the patterns of patterns.json.</summary>
internal sealed class PartFinder(CompiledPatterns patterns)
{
    /// <summary>
    /// The first pattern (in the listed order) that matches <paramref name="flat"/> within [start, end), or null.
    /// <paramref name="flat"/> is the pasted text with line breaks as spaces, so offsets stay those of the paste.
    /// </summary>
    public FoundPart? Find(GoalPart part, string flat, int start, int end, bool fromContext = false)
    {
        var segment = flat[start..end];
        foreach (var pattern in patterns.Parts[part])
        {
            var match = SafeMatch(pattern.Regex, segment);
            if (!match.Success || match.Length == 0)
            {
                continue;
            }
            var value = match.Groups["v"] is { Success: true } v ? v.Value : match.Value;
            if (part is GoalPart.Condition or GoalPart.Measurement)
            {
                value = Cut(value, patterns.ValueStops);
            }
            value = Tidy(value);
            if (value.Length == 0)
            {
                continue;
            }
            var text = part is GoalPart.Condition ? Cut(match.Value, patterns.ValueStops) : match.Value;
            text = text.Trim();
            return new FoundPart(part, text, value, start + match.Index, text.Length, pattern.Id, fromContext);
        }
        return null;
    }

    /// <summary>
    /// Every criterion in the goal ("80 wcpm", "95% accuracy", "4 out of 5 trials"), in text order; where two
    /// patterns match overlapping words the one listed first wins.
    /// </summary>
    public IReadOnlyList<FoundPart> FindCriteria(string flat, int start, int end)
    {
        var segment = flat[start..end];
        var kept = new List<FoundPart>();
        foreach (var pattern in patterns.Parts[GoalPart.Criterion])
        {
            for (var match = SafeMatch(pattern.Regex, segment); match.Success; match = SafeNext(match))
            {
                var value = Tidy(match.Groups["v"] is { Success: true } v ? v.Value : match.Value);
                int at = start + match.Index;
                if (value.Length == 0 || kept.Any(k => at < k.Start + k.Length && k.Start < at + match.Length))
                {
                    continue;
                }
                kept.Add(new FoundPart(GoalPart.Criterion, match.Value.Trim(), value, at, match.Length, pattern.Id));
            }
        }
        return kept.OrderBy(k => k.Start).ToList();
    }

    /// <summary>The criterion as the rewrite reads it ("in 4 out of 5 trials", "to 90 wcpm").</summary>
    public string CriterionPhrase(FoundPart criterion, string fallback)
    {
        var phrase = patterns.Parts[GoalPart.Criterion].FirstOrDefault(p => p.Id == criterion.PatternId)?.Phrase ?? fallback;
        return phrase.Replace("{v}", criterion.Value, StringComparison.Ordinal);
    }

    /// <summary>A pattern that runs out of time on odd input finds nothing rather than failing the whole check.</summary>
    public static Match SafeMatch(Regex regex, string input, int at = 0) => BoundedRegex.Match(regex, input, at);

    private static Match SafeNext(Match match) => BoundedRegex.Next(match);

    /// <summary>Cuts a phrase where the next part of the goal begins.</summary>
    public static string Cut(string value, Regex stops)
    {
        var stop = SafeMatch(stops, value);
        return stop.Success && stop.Index > 0 ? value[..stop.Index] : value;
    }

    public static string Tidy(string value) => value.Trim().Trim(',', ';', ':', '-', '(', ')').Trim();
}
