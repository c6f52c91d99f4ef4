namespace IepNavigator.Goals.Content;

/// <summary>patterns.json: how the parts of a goal are recognised and how a pasted text is split.</summary>
internal sealed record PatternsDocument
{
    public Dictionary<string, string> Fragments { get; init; } = [];
    public Dictionary<string, List<PartPatternEntry>> Parts { get; init; } = [];
    public SkillEntry Skill { get; init; } = new();
    public List<string> RequiredForMeasurable { get; init; } = [];
    public SplittingEntry Splitting { get; init; } = new();
    /// <summary>The areas a goal may be about, in the order they are tried.</summary>
    public List<DomainEntry> Domains { get; init; } = [];
    /// <summary>How a postsecondary goal ("After high school, ...") begins.</summary>
    public string Postsecondary { get; init; } = "";
    public RewriteFrame Rewrite { get; init; } = new();
    /// <summary>Short words per language ("en", "es") that tell which language a goal is written in.</summary>
    public Dictionary<string, List<string>> FunctionWords { get; init; } = [];
}

internal sealed record DomainEntry
{
    public string Id { get; init; } = "";
    public string Regex { get; init; } = "";
}

/// <summary>The English words that join a part the school's sentence lacks ({0} is the part).</summary>
internal sealed record RewriteFrame
{
    public string Measurement { get; init; } = ", as measured by {0}";
    public string Baseline { get; init; } = "; baseline: {0}";
    public string Lead { get; init; } = "{0}, ";
    public string Template { get; init; } = "";
    public string UnknownChild { get; init; } = "your child";
}

internal sealed record PartPatternEntry
{
    public string Id { get; init; } = "";
    public string Regex { get; init; } = "";
    public string? Phrase { get; init; }
}

internal sealed record SkillEntry
{
    public string Lead { get; init; } = "";
    public string Stops { get; init; } = "";
    public string ValueStops { get; init; } = "";
    public List<string> VagueVerbs { get; init; } = [];
    public List<string> ChangeVerbs { get; init; } = [];
    public string VagueAreas { get; init; } = "";
    public List<string> NotTheChild { get; init; } = [];
}

internal sealed record SplittingEntry
{
    public string ItemStart { get; init; } = "";
    public string ObjectiveMarker { get; init; } = "";
    public string GoalStatement { get; init; } = "";
    public string PresentLevelStart { get; init; } = "";
}
