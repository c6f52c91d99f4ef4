namespace IepNavigator.Goals.Content;

/// <summary>explanations.json: plain words for each part of a goal, built from the goal's own parts, and the one-line verdicts.</summary>
internal sealed record ExplanationsDocument
{
    public Dictionary<string, PartExplanationEntry> Parts { get; init; } = [];
    /// <summary>Examples that fit a goal's area, by domain id (patterns.json "domains"), with "general" for the rest.</summary>
    public Dictionary<string, DomainExamples> Examples { get; init; } = [];
    public string Has { get; init; } = "";
    public string And { get; init; } = " and ";
    public string Postsecondary { get; init; } = "";
    public string PostsecondaryMissing { get; init; } = "";
    public string NoGoalFound { get; init; } = "";
    /// <summary>Said of a goal written in another language than English: not judged.</summary>
    public string NotEnglish { get; init; } = "";
    public string Measurable { get; init; } = "";
    public string MeasurableButMissing { get; init; } = "";
    public string NotMeasurable { get; init; } = "";
    public string ChildUnknown { get; init; } = "";
    /// <summary>"Student will..." as it reads mid-sentence ("the student"), by the noun in lower case.</summary>
    public Dictionary<string, string> CommonNouns { get; init; } = [];
}

/// <summary>
/// One part's words. Each list holds variants, from the one that uses the most of the goal to the one that needs
/// nothing of it: the first whose slots are all known is said (<see cref="Slots.FillFirst"/>).
/// </summary>
internal sealed record PartExplanationEntry
{
    public string Name { get; init; } = "";
    public string Has { get; init; } = "";
    public List<string> Missing { get; init; } = [];
    public List<string> Ask { get; init; } = [];
    public List<string> Placeholder { get; init; } = [];
}

/// <summary>What an action, a condition, a target level, a way to measure and a starting level look like in one area (reading, social...).</summary>
internal sealed record DomainExamples
{
    public string Action { get; init; } = "";
    public string Condition { get; init; } = "";
    public string Level { get; init; } = "";
    public string Measure { get; init; } = "";
    /// <summary>A starting level such a goal might have ("38 words correct per minute").</summary>
    public string Baseline { get; init; } = "";
}

/// <summary>rewrite.json: the sentence said before the suggested rewrite.</summary>
internal sealed record RewriteDocument
{
    public string Intro { get; init; } = "";
}
