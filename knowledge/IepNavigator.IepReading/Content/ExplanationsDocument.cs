namespace IepNavigator.IepReading.Content;

/// <summary>explanations.json (and es/): what the reader says back to a parent.</summary>
internal sealed record ExplanationsDocument
{
    public string ChildUnknown { get; init; } = "";
    public string ChildPossessiveUnknown { get; init; } = "";
    public string Possessive { get; init; } = "";
    public Dictionary<string, string> At { get; init; } = [];
    public Dictionary<string, string> List { get; init; } = [];
    public Dictionary<string, string> Refusals { get; init; } = [];
    public string Scanned { get; init; } = "";
    public string ScannedWithOcr { get; init; } = "";
    public string ActiveContent { get; init; } = "";
    public string Overview { get; init; } = "";
    public Dictionary<string, string> Pages { get; init; } = [];
    public Dictionary<string, string> Paragraphs { get; init; } = [];
    public Dictionary<string, Dictionary<string, string>> Counts { get; init; } = [];
    public string ConfirmIntro { get; init; } = "";
    public string Disclaimer { get; init; } = "";
    public SectionTexts Sections { get; init; } = new();
    public Dictionary<string, FindingText> Findings { get; init; } = [];
    public Dictionary<string, string> Confirm { get; init; } = [];
    public Dictionary<string, Dictionary<string, string>> Frequency { get; init; } = [];
    public Dictionary<string, string> ProgressHow { get; init; } = [];
}

internal sealed record FindingText
{
    public string Summary { get; init; } = "";
    public string Ask { get; init; } = "";
}

internal sealed record SectionTexts
{
    public Dictionary<string, string> PresentLevels { get; init; } = [];
    public Dictionary<string, string> Goals { get; init; } = [];
    public Dictionary<string, string> Services { get; init; } = [];
    public Dictionary<string, string> Accommodations { get; init; } = [];
    public Dictionary<string, string> ProgressReporting { get; init; } = [];
    public Dictionary<string, string> Dates { get; init; } = [];
    public TransitionTexts Transition { get; init; } = new();
}

internal sealed record TransitionTexts
{
    public string Title { get; init; } = "";
    public string NotYetDue { get; init; } = "";
    public string Present { get; init; } = "";
    public string Missing { get; init; } = "";
    public string AgeUnknown { get; init; } = "";
    public Dictionary<string, string> Parts { get; init; } = [];
}
