namespace IepNavigator.IepReading.Content;

/// <summary>vocabulary.json (and its Spanish twin): the words that mark each part of an IEP.</summary>
internal sealed record VocabularyDocument
{
    public Dictionary<string, List<string>> Sections { get; init; } = [];
    public List<string> GoalHeadings { get; init; } = [];
    public List<string> ObjectiveHeadings { get; init; } = [];
    public Dictionary<string, List<string>> Labels { get; init; } = [];
    public Dictionary<string, List<string>> ServiceKinds { get; init; } = [];
    public List<string> MinuteUnits { get; init; } = [];
    public List<string> HourUnits { get; init; } = [];
    public Dictionary<string, List<string>> Times { get; init; } = [];
    public List<string> TimesWords { get; init; } = [];
    public List<string> PerWords { get; init; } = [];
    public Dictionary<string, List<string>> Periods { get; init; } = [];
    public Dictionary<string, List<string>> ProgressFrequencies { get; init; } = [];
    public List<string> ProgressWithGrading { get; init; } = [];
    public List<string> ProgressMethods { get; init; } = [];
    public List<string> ProgressWords { get; init; } = [];
    public List<string> Vague { get; init; } = [];
    public List<string> PlaceNouns { get; init; } = [];
    public List<string> ProviderNouns { get; init; } = [];
    public Dictionary<string, List<string>> SentenceStarts { get; init; } = [];
    public List<string> CheckedMarks { get; init; } = [];
    public List<string> UncheckedMarks { get; init; } = [];
    public Dictionary<string, List<string>> TransitionParts { get; init; } = [];
    public Dictionary<string, List<string>> Months { get; init; } = [];
    public List<string> FunctionWords { get; init; } = [];

    /// <summary>Both languages at once: every list joined, every map's lists joined key by key (order kept, English first).</summary>
    public VocabularyDocument Merge(VocabularyDocument other) => new()
    {
        Sections = Join(Sections, other.Sections),
        GoalHeadings = [.. GoalHeadings, .. other.GoalHeadings],
        ObjectiveHeadings = [.. ObjectiveHeadings, .. other.ObjectiveHeadings],
        Labels = Join(Labels, other.Labels),
        ServiceKinds = Join(ServiceKinds, other.ServiceKinds),
        MinuteUnits = [.. MinuteUnits, .. other.MinuteUnits],
        HourUnits = [.. HourUnits, .. other.HourUnits],
        Times = Join(Times, other.Times),
        TimesWords = [.. TimesWords, .. other.TimesWords],
        PerWords = [.. PerWords, .. other.PerWords],
        Periods = Join(Periods, other.Periods),
        ProgressFrequencies = Join(ProgressFrequencies, other.ProgressFrequencies),
        ProgressWithGrading = [.. ProgressWithGrading, .. other.ProgressWithGrading],
        ProgressMethods = [.. ProgressMethods, .. other.ProgressMethods],
        ProgressWords = [.. ProgressWords, .. other.ProgressWords],
        Vague = [.. Vague, .. other.Vague],
        PlaceNouns = [.. PlaceNouns, .. other.PlaceNouns],
        ProviderNouns = [.. ProviderNouns, .. other.ProviderNouns],
        SentenceStarts = Join(SentenceStarts, other.SentenceStarts),
        CheckedMarks = [.. CheckedMarks, .. other.CheckedMarks],
        UncheckedMarks = [.. UncheckedMarks, .. other.UncheckedMarks],
        TransitionParts = Join(TransitionParts, other.TransitionParts),
        Months = Join(Months, other.Months),
        FunctionWords = FunctionWords,
    };

    private static Dictionary<string, List<string>> Join(Dictionary<string, List<string>> a, Dictionary<string, List<string>> b)
    {
        var joined = a.ToDictionary(p => p.Key, p => new List<string>(p.Value), StringComparer.Ordinal);
        foreach (var (key, words) in b)
        {
            if (joined.TryGetValue(key, out var list))
            {
                list.AddRange(words);
            }
            else
            {
                joined[key] = [.. words];
            }
        }
        return joined;
    }
}
