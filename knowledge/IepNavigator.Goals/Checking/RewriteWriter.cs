using System.Text.RegularExpressions;
using IepNavigator.Goals.Content;

namespace IepNavigator.Goals.Checking;

/// <summary>Builds the suggested rewrite from the goal's own words, with the missing parts as [blanks] (rewrite.json).</summary>
internal sealed partial class RewriteWriter(PartFinder finder)
{
    // The turn's language: the rewrite and its placeholders are sentences a parent reads.
    private static RewriteDocument rewrite => GoalsContent.Rewrite;
    private static ExplanationsDocument explanations => GoalsContent.Explanations;

    public string Write(IReadOnlyList<FoundPart> found, string child)
    {
        string Slot(GoalPart part, Func<FoundPart, string> read)
        {
            var hits = found.Where(f => f.Part == part).ToList();
            return hits.Count == 0
                ? explanations.Parts[CompiledPatterns.KeyOf(part)].Placeholder
                : string.Join(' ', hits.Select(read));
        }

        var values = new Dictionary<string, string>
        {
            ["timeframe"] = Slot(GoalPart.Timeframe, f => f.Text),
            ["condition"] = Slot(GoalPart.Condition, f => LowerFirst(f.Value)),
            ["child"] = child,
            ["skill"] = Slot(GoalPart.Skill, f => f.Value),
            ["criterion"] = Slot(GoalPart.Criterion, f => finder.CriterionPhrase(f, rewrite.CriterionPhrase)),
            ["measurement"] = Slot(GoalPart.Measurement, f => f.Value),
            ["baseline"] = Slot(GoalPart.Baseline, f => WithUnit(f.Value, found)),
        };
        var sentence = Spaces().Replace(Slots.Fill(rewrite.Template, values), " ");
        // The first letter is capital even when the sentence opens with a [blank].
        int first = sentence.AsSpan().IndexOfAnyInRange('a', 'z');
        int firstUpper = sentence.AsSpan().IndexOfAnyInRange('A', 'Z');
        return first >= 0 && (firstUpper < 0 || first < firstUpper)
            ? sentence[..first] + char.ToUpperInvariant(sentence[first]) + sentence[(first + 1)..]
            : sentence;
    }

    /// <summary>"During transitions" reads "during transitions" mid-sentence; "IEP" and names stay as written.</summary>
    private static string LowerFirst(string value) =>
        value.Length > 1 && char.IsUpper(value[0]) && char.IsLower(value[1]) && !IsName(value)
            ? char.ToLowerInvariant(value[0]) + value[1..]
            : value;

    private static bool IsName(string value) => !FunctionWordStart().IsMatch(value);

    /// <summary>A bare baseline number ("45" from "from 45 to 90 wcpm") takes the criterion's unit.</summary>
    private static string WithUnit(string baseline, IReadOnlyList<FoundPart> found)
    {
        if (!BareNumber().IsMatch(baseline))
        {
            return baseline;
        }
        var unit = found.Where(f => f.Part == GoalPart.Criterion)
            .Select(f => NumberWithUnit().Match(f.Value))
            .FirstOrDefault(m => m.Success);
        return unit is null ? baseline : baseline + " " + unit.Groups["unit"].Value;
    }

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\d+(?:\.\d+)?$")]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"^\d+(?:\.\d+)?\s*(?<unit>%|[a-z].*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberWithUnit();

    [GeneratedRegex(@"^(?:during|in|on|when|while|given|with|without|using|across|after|if|throughout|from|provided)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FunctionWordStart();
}
