namespace IepNavigator.Goals.Content;

/// <summary>explanations.json: plain words for each part of a goal and the one-line verdicts.</summary>
internal sealed record ExplanationsDocument
{
    public Dictionary<string, PartExplanationEntry> Parts { get; init; } = [];
    public string VagueSkill { get; init; } = "";
    public string NoGoalFound { get; init; } = "";
    public string Measurable { get; init; } = "";
    public string MeasurableButMissing { get; init; } = "";
    public string NotMeasurable { get; init; } = "";
    public string ChildUnknown { get; init; } = "";
}

internal sealed record PartExplanationEntry
{
    public string Name { get; init; } = "";
    public string Missing { get; init; } = "";
    public string Ask { get; init; } = "";
    public string Placeholder { get; init; } = "";
}

/// <summary>rewrite.json: the shape of the suggested rewrite.</summary>
internal sealed record RewriteDocument
{
    public string Template { get; init; } = "";
    public string CriterionPhrase { get; init; } = "{v}";
    public string Intro { get; init; } = "";
}
