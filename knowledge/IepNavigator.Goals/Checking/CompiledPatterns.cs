using System.Text.RegularExpressions;
using IepNavigator.Goals.Content;
using IepNavigator.Knowledge.Text;

namespace IepNavigator.Goals.Checking;

/// <summary>One compiled pattern of a part; <see cref="Phrase"/> says how a criterion reads in a rewrite.</summary>
internal sealed record PartPattern(string Id, Regex Regex, string? Phrase);

/// <summary>
/// patterns.json compiled once: fragments expanded, every expression bounded (pasted text is untrusted): linear-time
/// where the pattern allows, else a generous timeout (<see cref="BoundedRegex"/>).
/// </summary>
internal sealed partial class CompiledPatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public CompiledPatterns(PatternsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var fragments = document.Fragments;
        Parts = Enum.GetValues<GoalPart>().ToDictionary(
            part => part,
            part => (IReadOnlyList<PartPattern>)(document.Parts.TryGetValue(KeyOf(part), out var entries) ? entries : [])
                .Select(e => new PartPattern(e.Id, Compile(Expand(e.Regex, fragments)), e.Phrase))
                .ToList());
        SkillLead = Compile(@"\G\s*" + Expand(document.Skill.Lead, fragments));
        SkillStops = Compile(Expand(document.Skill.Stops, fragments));
        ValueStops = Compile(Expand(document.Skill.ValueStops, fragments));
        VagueVerbs = document.Skill.VagueVerbs;
        ChangeVerbs = document.Skill.ChangeVerbs;
        VagueStart = Compile(StartsWithAny(document.Skill.VagueVerbs));
        ChangeStart = Compile(StartsWithAny(document.Skill.ChangeVerbs));
        VagueAreas = Compile(Expand(document.Skill.VagueAreas, fragments));
        Domains = [.. document.Domains.Select(d => (d.Id, Compile(Expand(d.Regex, fragments))))];
        Postsecondary = Compile(Expand(document.Postsecondary, fragments));
        Rewrite = document.Rewrite;
        NotTheChild = new HashSet<string>(document.Skill.NotTheChild, StringComparer.OrdinalIgnoreCase);
        Required = document.RequiredForMeasurable.Select(PartOf).ToHashSet();
        ItemStart = Compile(Expand(document.Splitting.ItemStart, fragments));
        ObjectiveMarker = Compile(Expand(document.Splitting.ObjectiveMarker, fragments));
        GoalStatement = Compile(Expand(document.Splitting.GoalStatement, fragments));
        PresentLevelStart = Compile(Expand(document.Splitting.PresentLevelStart, fragments));
    }

    public IReadOnlyDictionary<GoalPart, IReadOnlyList<PartPattern>> Parts { get; }
    public Regex SkillLead { get; }
    public Regex SkillStops { get; }
    public Regex ValueStops { get; }
    public IReadOnlyList<string> VagueVerbs { get; }
    public IReadOnlyList<string> ChangeVerbs { get; }
    /// <summary>A phrase that opens with a vague verb ("work on", "understand").</summary>
    public Regex VagueStart { get; }
    /// <summary>A phrase that opens with a change verb ("improve", "demonstrate").</summary>
    public Regex ChangeStart { get; }
    /// <summary>A change verb on an area ("demonstrate appropriate social skills"): vague even with a number.</summary>
    public Regex VagueAreas { get; }
    /// <summary>The areas a goal may be about (reading, social, behavior...), in the order they are tried.</summary>
    public IReadOnlyList<(string Id, Regex Regex)> Domains { get; }
    /// <summary>"After high school, ...": a postsecondary goal.</summary>
    public Regex Postsecondary { get; }
    /// <summary>The English words that join a missing part into the school's sentence.</summary>
    public RewriteFrame Rewrite { get; }
    public IReadOnlySet<string> NotTheChild { get; }
    public IReadOnlySet<GoalPart> Required { get; }
    public Regex ItemStart { get; }
    public Regex ObjectiveMarker { get; }
    public Regex GoalStatement { get; }
    public Regex PresentLevelStart { get; }

    /// <summary>The JSON key of a part ("timeframe").</summary>
    public static string KeyOf(GoalPart part) => part.ToString().ToLowerInvariant();

    private static GoalPart PartOf(string key) =>
        Enum.TryParse<GoalPart>(key, ignoreCase: true, out var part)
            ? part
            : throw new InvalidOperationException($"patterns.json names an unknown goal part '{key}'.");

    /// <summary>All <see cref="Parts"/> and the other expressions (for the test that every one is bounded).</summary>
    public IEnumerable<Regex> All =>
        Parts.Values.SelectMany(p => p.Select(e => e.Regex))
            .Concat([SkillLead, SkillStops, ValueStops, VagueStart, ChangeStart, VagueAreas, Postsecondary, ItemStart, ObjectiveMarker, GoalStatement, PresentLevelStart])
            .Concat(Domains.Select(d => d.Regex));

    private static Regex Compile(string pattern) => BoundedRegex.Create(pattern, Options | RegexOptions.Multiline);

    /// <summary>"^(?:work\s+on|understand)\b": one expression for a verb list (a space in a verb matches any spaces).</summary>
    private static string StartsWithAny(IEnumerable<string> verbs) =>
        "^(?:" + string.Join('|', verbs.OrderByDescending(v => v.Length).Select(v => Regex.Escape(v).Replace(@"\ ", @"\s+", StringComparison.Ordinal))) + @")\b";

    private static string Expand(string pattern, IReadOnlyDictionary<string, string> fragments) =>
        FragmentSlot().Replace(pattern, m => fragments.TryGetValue(m.Groups["name"].Value, out var f)
            ? f
            : throw new InvalidOperationException($"patterns.json uses an unknown fragment '{m.Value}'."));

    [GeneratedRegex(@"\{\{(?<name>[a-zA-Z]+)\}\}")]
    private static partial Regex FragmentSlot();
}
