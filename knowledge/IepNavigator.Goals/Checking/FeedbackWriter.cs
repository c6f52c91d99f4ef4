using System.Text.RegularExpressions;
using IepNavigator.Goals.Content;

namespace IepNavigator.Goals.Checking;

/// <summary>
/// The parent's feedback on one goal, assembled from the goal's own parts (its child, skill, target, way to measure)
/// and examples from its area (reading, social, behavior...): what it has, what it lacks and why that matters, the
/// question to ask the team, and the words of each [blank] in the rewrite. Sentences come from explanations.json in
/// the turn's language; the goal's own words stay as the school wrote them.
/// </summary>
internal sealed partial class FeedbackWriter(CompiledPatterns patterns)
{
    /// <summary>Criteria that say how often ("4 out of 5 trials"): the level when the goal names no other.</summary>
    private static readonly HashSet<string> HowOften = new(StringComparer.Ordinal) { "trials", "fraction" };

    /// <summary>Criteria that describe the action rather than the level ("5 or more words", "for 3 consecutive days").</summary>
    private static readonly HashSet<string> Descriptive = new(StringComparer.Ordinal) { "consecutive", "duration", "latency", "or-more", "count" };

    private const string GeneralDomain = "general";

    private static ExplanationsDocument explanations => GoalsContent.Explanations;

    /// <summary>The area of a goal (patterns.json "domains"): read from its skill first, then from its whole text.</summary>
    public string DomainOf(string? skillWords, string goalText)
    {
        foreach (var text in new[] { skillWords, goalText })
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            foreach (var (id, regex) in patterns.Domains)
            {
                if (PartFinder.SafeMatch(regex, text).Success)
                {
                    return id;
                }
            }
        }
        return GeneralDomain;
    }

    /// <summary>The criterion that names the level to reach ("90 words correct per minute" rather than "4 of 5 probes").</summary>
    public static FoundPart? LevelOf(IReadOnlyList<FoundPart> found) =>
        found.FirstOrDefault(f => f.Part == GoalPart.Criterion && !HowOften.Contains(f.PatternId) && !Descriptive.Contains(f.PatternId))
        ?? found.FirstOrDefault(f => f.Part == GoalPart.Criterion && HowOften.Contains(f.PatternId))
        ?? found.FirstOrDefault(f => f.Part == GoalPart.Criterion);

    /// <summary>The slots of every sentence about this goal, in the turn's language.</summary>
    public Dictionary<string, string> Slots(IReadOnlyList<FoundPart> found, SkillReading skill, string domain)
    {
        var examples = explanations.Examples.GetValueOrDefault(domain) ?? explanations.Examples[GeneralDomain];
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["child"] = DisplayChild(skill.Child),
            ["exampleAction"] = examples.Action,
            ["exampleCondition"] = examples.Condition,
            ["exampleLevel"] = examples.Level,
            ["exampleMeasure"] = examples.Measure,
            ["exampleBaseline"] = examples.Baseline,
        };
        if (skill.Skill is { } action)
        {
            values["skill"] = action.Value;
        }
        if (skill.VagueWords is { } vague)
        {
            values["vague"] = vague;
        }
        if (LevelOf(found) is { } level)
        {
            values["criterion"] = level.Value;
            if (Blank(level.Value) is { } unit)
            {
                values["unit"] = unit;
            }
        }
        return values;
    }

    /// <summary>What a missing part means for this goal, and the question to ask the team.</summary>
    public MissingPart Explain(GoalPart part, IReadOnlyDictionary<string, string> slots)
    {
        var entry = explanations.Parts[CompiledPatterns.KeyOf(part)];
        return new MissingPart(part, entry.Name, Content.Slots.FillFirst(entry.Missing, slots), Content.Slots.FillFirst(entry.Ask, slots));
    }

    /// <summary>The words of the [blank] a missing part leaves in the rewrite.</summary>
    public string Placeholder(GoalPart part, IReadOnlyDictionary<string, string> slots) =>
        Content.Slots.FillFirst(explanations.Parts[CompiledPatterns.KeyOf(part)].Placeholder, slots);

    /// <summary>"It has an action to count ("read aloud"), a target ("90 words correct per minute") and a time frame ("by May 2027")." Null when it has nothing.</summary>
    public string? Has(IReadOnlyList<FoundPart> found)
    {
        var items = found.GroupBy(f => f.Part).OrderBy(g => g.Key)
            .Select(g => Content.Slots.Fill(explanations.Parts[CompiledPatterns.KeyOf(g.Key)].Has,
                new Dictionary<string, string> { ["value"] = string.Join("\", \"", g.Select(f => f.Value).Distinct(StringComparer.OrdinalIgnoreCase)) }))
            .ToList();
        return items.Count == 0 ? null : Content.Slots.Fill(explanations.Has, new Dictionary<string, string> { ["parts"] = JoinList(items) });
    }

    public string Summary(bool measurable, IReadOnlyList<MissingPart> missing)
    {
        var names = new Dictionary<string, string> { ["parts"] = string.Join(", ", missing.Select(m => m.Name)) };
        if (!measurable)
        {
            return Content.Slots.Fill(explanations.NotMeasurable, names);
        }
        return missing.Count == 0 ? explanations.Measurable : Content.Slots.Fill(explanations.MeasurableButMissing, names);
    }

    public string PostsecondarySummary(bool measurable, IReadOnlyDictionary<string, string> slots) =>
        Content.Slots.Fill(measurable ? explanations.Postsecondary : explanations.PostsecondaryMissing, slots);

    /// <summary>The child in the parent's language: a name as written, "Student" as "the student" (or its translation), nobody as "your child".</summary>
    public static string DisplayChild(string? child)
    {
        if (child is null)
        {
            return explanations.ChildUnknown;
        }
        var noun = CommonNoun(child);
        return noun is not null && explanations.CommonNouns.TryGetValue(noun, out var said) ? said : child;
    }

    /// <summary>The child in the school's English sentence: "The student" reads "the student" mid-sentence; names stay.</summary>
    public string EnglishChild(string? child)
    {
        if (child is null)
        {
            return patterns.Rewrite.UnknownChild;
        }
        var noun = CommonNoun(child);
        return noun is not null ? "the " + noun : child.StartsWith("The ", StringComparison.Ordinal) ? "the " + child[4..] : child;
    }

    /// <summary>"student" for "Student", "the student", "The Student"; null for a name.</summary>
    private static string? CommonNoun(string child)
    {
        var words = child.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = words[^1].ToLowerInvariant();
        bool common = last is "student" or "child" or "learner";
        return common && (words.Length == 1 || words[0].Equals("the", StringComparison.OrdinalIgnoreCase)) ? last : null;
    }

    /// <summary>"80% of the time" → "__% of the time"; "4 out of 5 trials" → "__ out of 5 trials"; null without a number.</summary>
    internal static string? Blank(string criterion)
    {
        var number = FirstNumber().Match(criterion);
        return number.Success ? criterion[..number.Index] + "__" + criterion[(number.Index + number.Length)..] : null;
    }

    private static string JoinList(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + explanations.And + items[^1];

    [GeneratedRegex(@"\d+(?:\.\d+)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex FirstNumber();
}
