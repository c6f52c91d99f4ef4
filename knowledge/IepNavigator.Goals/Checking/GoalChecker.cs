using IepNavigator.Goals.Content;

namespace IepNavigator.Goals.Checking;

/// <summary>
/// Checks pasted IEP goals: for each goal, which parts of a measurable goal are there (baseline, skill, condition,
/// criterion, measurement, time frame), what is missing in plain words, and a rewrite pattern for the team.
/// Stateless and thread-safe; patterns and sentences come from knowledge/content/goals.
/// </summary>
public sealed partial class GoalChecker
{
    /// <summary>The longest text checked; a whole goals section fits many times over. The rest is ignored (and said so).</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>The longest stretch of one goal read for its parts; a goal is rarely a tenth of it.</summary>
    public const int MaxGoalLength = 2_000;

    // Built on the first check, not with the checker: the linear-time expressions hold ~90 MB (about 1 MB each), which a
    // host that never checks a goal (most chats) should not carry; the first check pays ~0.3 s once.
    private readonly Lazy<Compiled> compiled = new(() => new Compiled(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly SentenceSplitter sentences = new();
    private CompiledPatterns patterns => compiled.Value.Patterns;
    private GoalSplitter splitter => compiled.Value.Splitter;
    private PartFinder finder => compiled.Value.Finder;
    private SkillFinder skills => compiled.Value.Skills;
    private FeedbackWriter feedback => compiled.Value.Feedback;
    private RewriteWriter rewriter => compiled.Value.Rewriter;
    private GoalLanguage language => compiled.Value.Language;
    private static ExplanationsDocument explanations => GoalsContent.Explanations;
    private static RewriteDocument rewrite => GoalsContent.Rewrite;

    /// <summary>Words of a title at most: enough to tell goals apart in a list of buttons.</summary>
    private const int TitleWords = 10;

    /// <summary>The patterns and the parts that read with them.</summary>
    private sealed class Compiled
    {
        public Compiled()
        {
            Patterns = new CompiledPatterns(GoalsContent.Patterns);
            Splitter = new GoalSplitter(Patterns);
            Finder = new PartFinder(Patterns);
            Skills = new SkillFinder(Patterns, Splitter);
            Feedback = new FeedbackWriter(Patterns);
            Rewriter = new RewriteWriter(Patterns, Finder, Feedback);
            Language = new GoalLanguage(GoalsContent.Patterns);
        }

        public CompiledPatterns Patterns { get; }
        public GoalSplitter Splitter { get; }
        public PartFinder Finder { get; }
        public SkillFinder Skills { get; }
        public FeedbackWriter Feedback { get; }
        public RewriteWriter Rewriter { get; }
        public GoalLanguage Language { get; }
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
            Message = goals.Count == 0
                ? language.Of(flat) == GoalLanguage.English ? explanations.NoGoalFound : NotEnglish()
                : null,
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

        var text = flat[segment.Start..segment.End];
        if (language.Of(text) is var written && written != GoalLanguage.English)
        {
            return NotJudged(flat, whole, segment, number, written);
        }
        var postsecondary = PartFinder.SafeMatch(patterns.Postsecondary, text);
        var baseline = finder.Find(GoalPart.Baseline, flat, segment.Start, segment.End);
        if (baseline is null && segment.HasContext)
        {
            baseline = finder.Find(GoalPart.Baseline, flat, segment.ContextStart, segment.ContextEnd, fromContext: true);
        }
        var condition = finder.Find(GoalPart.Condition, flat, segment.Start, segment.End);
        // "at the 4th grade level" inside "when given a problem at the 4th grade level" describes the material, not the
        // target; "Baseline: 1 of 5 opportunities" is where the child starts, not a second target.
        var criteria = finder.FindCriteria(flat, segment.Start, segment.End)
            .Where(c => !Overlaps(c, condition) && !IsTheBaseline(c, baseline))
            .ToList();
        var skill = skills.Read(flat, segment.Start, segment.End, criteria, hasCriterion: criteria.Count > 0 || postsecondary.Success);
        Add(postsecondary.Success ? null : baseline);
        Add(skill.Skill);
        Add(postsecondary.Success ? null : condition);
        found.AddRange(postsecondary.Success ? [] : criteria);
        Add(postsecondary.Success ? null : finder.Find(GoalPart.Measurement, flat, segment.Start, segment.End));
        Add(postsecondary.Success
            ? new FoundPart(GoalPart.Timeframe, postsecondary.Value.Trim(), postsecondary.Value.Trim(), segment.Start + postsecondary.Index, postsecondary.Length, "postsecondary")
            : finder.Find(GoalPart.Timeframe, flat, segment.Start, segment.End));

        var domain = feedback.DomainOf(skill.Skill?.Value ?? skill.VagueWords, text);
        var slots = feedback.Slots(found, skill, domain);
        // A postsecondary goal needs an outcome and "after high school"; an annual goal needs what patterns.json says.
        IReadOnlySet<GoalPart> required = postsecondary.Success ? new HashSet<GoalPart> { GoalPart.Skill, GoalPart.Timeframe } : patterns.Required;
        var missing = Enum.GetValues<GoalPart>()
            .Where(part => found.All(f => f.Part != part) && (!postsecondary.Success || required.Contains(part)))
            .Select(part => feedback.Explain(part, slots))
            .ToList();
        bool measurable = required.All(part => found.Any(f => f.Part == part));
        var sentence = skill.HasStatement ? SentenceAt(flat, segment, skill.Subject) : (TextSpan?)null;
        return new CheckedGoal
        {
            Number = number,
            Kind = segment.Kind,
            Text = flat[whole.Start..whole.End],
            Start = segment.Start,
            Measurable = measurable,
            Found = found,
            Missing = missing,
            Summary = postsecondary.Success ? feedback.PostsecondarySummary(measurable, slots) : feedback.Summary(measurable, missing),
            Rewrite = rewriter.Write(flat, sentence, found, skill, slots, postsecondary.Success),
            VagueSkill = skill.VagueWords,
            Domain = domain,
            Title = Title(flat, segment, skill, found, text),
            FoundSummary = feedback.Has(found),
            Postsecondary = postsecondary.Success,
        };
    }

    /// <summary>A goal in another language than English: named by its first words, judged neither way.</summary>
    private static CheckedGoal NotJudged(string flat, GoalSegment whole, GoalSegment segment, int number, string written)
    {
        var words = flat[segment.Start..segment.End].Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var title = string.Join(' ', words.Take(TitleWords)).TrimEnd('.', ',', ';', ':', ' ');
        return new CheckedGoal
        {
            Number = number,
            Kind = segment.Kind,
            Text = flat[whole.Start..whole.End],
            Start = segment.Start,
            Measurable = false,
            Found = [],
            Missing = [],
            Summary = NotEnglish(),
            Rewrite = "",
            Title = words.Length > TitleWords ? title + "…" : title,
            Language = written,
        };
    }

    private static string NotEnglish() =>
        Content.Slots.Fill(explanations.NotEnglish, new Dictionary<string, string> { ["child"] = FeedbackWriter.DisplayChild(null) });

    /// <summary>The baseline's own number read again as a criterion ("Baseline: 1 of 5 opportunities"); "from 45 to 90 wcpm" keeps its 90.</summary>
    private static bool IsTheBaseline(FoundPart criterion, FoundPart? baseline) =>
        baseline is { FromContext: false } && Overlaps(criterion, baseline)
        && (criterion.Value.Contains(baseline.Value, StringComparison.OrdinalIgnoreCase) || baseline.Value.Contains(criterion.Value, StringComparison.OrdinalIgnoreCase));

    [System.Text.RegularExpressions.GeneratedRegex(@",?\s+(?:up\s+)?from\b(?:\s+(?:a|the|his|her|their))?(?:\s+(?:baseline|current|present)|\s+\d|\s*$)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.NonBacktracking)]
    private static partial System.Text.RegularExpressions.Regex TitleStop();

    private static bool Overlaps(FoundPart part, FoundPart? other) =>
        other is not null && part.Start < other.Start + other.Length && other.Start < part.Start + part.Length;

    /// <summary>The sentence of the segment that holds the goal's statement (the rewrite edits that sentence).</summary>
    private TextSpan SentenceAt(string flat, GoalSegment segment, int at)
    {
        var spans = sentences.Split(flat, new TextSpan(segment.Start, segment.End, segment.Kind));
        return spans.FirstOrDefault(s => s.Start <= at && at < s.End) is { Length: > 0 } found ? found : new TextSpan(segment.Start, segment.End);
    }

    /// <summary>
    /// What the child will do, in the goal's words up to when and how it is measured ("answer who, what, and where
    /// questions about a short story…"), else the goal's first words: enough to tell a family's goals apart.
    /// </summary>
    private static string Title(string flat, GoalSegment segment, SkillReading skill, IReadOnlyList<FoundPart> found, string text)
    {
        string words = text;
        if (skill.WordsStart >= segment.Start && skill.WordsStart < segment.End)
        {
            int end = found.Where(f => !f.FromContext && f.Start > skill.WordsStart && f.Part is GoalPart.Timeframe or GoalPart.Measurement or GoalPart.Baseline)
                .Select(f => f.Start).DefaultIfEmpty(segment.End).Min();
            words = flat[skill.WordsStart..Math.Min(end, segment.End)];
            int stop = words.IndexOf(". ", StringComparison.Ordinal);
            words = stop > 0 ? words[..stop] : words;
            // "..., up from a baseline of 45" is where the child starts, not what they will do.
            var from = PartFinder.SafeMatch(TitleStop(), words);
            words = from.Success && from.Index > 0 ? words[..from.Index] : words;
        }
        var split = words.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var title = string.Join(' ', split.Take(TitleWords)).TrimEnd('.', ',', ';', ':', ' ');
        return split.Length > TitleWords ? title + "…" : title;
    }
}
