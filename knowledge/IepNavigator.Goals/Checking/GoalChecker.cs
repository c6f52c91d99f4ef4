using IepNavigator.Goals.Content;

namespace IepNavigator.Goals.Checking;

/// <summary>
/// Checks pasted IEP goals: for each goal, which parts of a measurable goal are there (baseline, skill, condition,
/// criterion, measurement, time frame), what is missing in plain words, and a rewrite pattern for the team.
/// Stateless and thread-safe; patterns and sentences come from knowledge/content/goals.
/// </summary>
public sealed class GoalChecker
{
    /// <summary>The longest text checked; a whole goals section fits many times over. The rest is ignored (and said so).</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>The longest stretch of one goal read for its parts; a goal is rarely a tenth of it.</summary>
    public const int MaxGoalLength = 2_000;

    private readonly CompiledPatterns patterns;
    private readonly GoalSplitter splitter;
    private readonly PartFinder finder;
    private readonly SkillFinder skills;
    private readonly RewriteWriter rewriter;
    private static ExplanationsDocument explanations => GoalsContent.Explanations;
    private static RewriteDocument rewrite => GoalsContent.Rewrite;

    public GoalChecker()
    {
        patterns = new CompiledPatterns(GoalsContent.Patterns);
        splitter = new GoalSplitter(patterns);
        finder = new PartFinder(patterns);
        skills = new SkillFinder(patterns, splitter);
        rewriter = new RewriteWriter(finder);
    }

    public GoalCheckResult Check(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        bool truncated = text.Length > MaxTextLength;
        text = truncated ? text[..MaxTextLength] : text;
        // Line breaks become spaces so a goal wrapped over lines reads as one; offsets stay those of the paste.
        var flat = text.Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');
        var goals = splitter.Split(text).Select((segment, i) => CheckOne(flat, segment, i + 1)).ToList();
        return new GoalCheckResult
        {
            Goals = goals,
            Message = goals.Count == 0 ? explanations.NoGoalFound : null,
            RewriteIntro = rewrite.Intro,
            Truncated = truncated,
        };
    }

    private CheckedGoal CheckOne(string flat, GoalSegment whole, int number)
    {
        var segment = whole with
        {
            End = Math.Min(whole.End, whole.Start + MaxGoalLength),
            ContextStart = Math.Max(whole.ContextStart, whole.ContextEnd - MaxGoalLength),
        };
        var found = new List<FoundPart>();
        void Add(FoundPart? part)
        {
            if (part is not null)
            {
                found.Add(part);
            }
        }

        var baseline = finder.Find(GoalPart.Baseline, flat, segment.Start, segment.End);
        if (baseline is null && segment.HasContext)
        {
            baseline = finder.Find(GoalPart.Baseline, flat, segment.ContextStart, segment.ContextEnd, fromContext: true);
        }
        var condition = finder.Find(GoalPart.Condition, flat, segment.Start, segment.End);
        // "at the 4th grade level" inside "when given a problem at the 4th grade level" describes the material, not the target.
        var criteria = finder.FindCriteria(flat, segment.Start, segment.End)
            .Where(c => condition is null || c.Start + c.Length <= condition.Start || c.Start >= condition.Start + condition.Length)
            .ToList();
        var skill = skills.Read(flat, segment.Start, segment.End, hasCriterion: criteria.Count > 0);
        Add(baseline);
        Add(skill.Skill);
        Add(condition);
        found.AddRange(criteria);
        Add(finder.Find(GoalPart.Measurement, flat, segment.Start, segment.End));
        Add(finder.Find(GoalPart.Timeframe, flat, segment.Start, segment.End));

        var child = skill.Child ?? explanations.ChildUnknown;
        var missing = Enum.GetValues<GoalPart>()
            .Where(part => found.All(f => f.Part != part))
            .Select(part => Explain(part, child, part == GoalPart.Skill ? skill.VagueWords : null))
            .ToList();
        bool measurable = patterns.Required.All(part => found.Any(f => f.Part == part));
        return new CheckedGoal
        {
            Number = number,
            Kind = segment.Kind,
            Text = flat[whole.Start..whole.End],
            Start = segment.Start,
            Measurable = measurable,
            Found = found,
            Missing = missing,
            Summary = Summarise(measurable, missing),
            Rewrite = rewriter.Write(found, child),
            VagueSkill = skill.VagueWords,
        };
    }

    private MissingPart Explain(GoalPart part, string child, string? vagueWords)
    {
        var entry = explanations.Parts[CompiledPatterns.KeyOf(part)];
        var values = new Dictionary<string, string> { ["child"] = child, ["phrase"] = vagueWords ?? "" };
        var explanation = Slots.Fill(entry.Missing, values);
        if (vagueWords is not null)
        {
            explanation = Slots.Fill(explanations.VagueSkill, values) + " " + explanation;
        }
        return new MissingPart(part, entry.Name, explanation, Slots.Fill(entry.Ask, values));
    }

    private string Summarise(bool measurable, IReadOnlyList<MissingPart> missing)
    {
        var names = new Dictionary<string, string> { ["parts"] = string.Join(", ", missing.Select(m => m.Name)) };
        if (!measurable)
        {
            return Slots.Fill(explanations.NotMeasurable, names);
        }
        return missing.Count == 0 ? explanations.Measurable : Slots.Fill(explanations.MeasurableButMissing, names);
    }
}
