using IepNavigator.Knowledge.Content;

namespace IepNavigator.Knowledge.Steps;

/// <summary>The step catalog read from the embedded steps.json, with the reason templates the rules pick.</summary>
public sealed class StepCatalog : IStepCatalog
{
    private readonly Dictionary<string, StepDefinition> byId;
    private readonly Dictionary<string, Dictionary<string, StepReason>> reasons;
    private readonly IReadOnlyList<StepDefinition> steps;

    /// <summary>The catalog of each language; null for a catalog of one language.</summary>
    private readonly Localized<StepCatalog>? languages;

    /// <summary>Loads the embedded catalog; titles and explanations follow <see cref="ContentLanguage.Current"/>.</summary>
    public StepCatalog()
        : this(KnowledgeContent.Default.Steps.Steps, KnowledgeContent.Default.Duties)
    {
        languages = new Localized<StepCatalog>(l => new StepCatalog(KnowledgeContent.For(l).Steps.Steps, KnowledgeContent.For(l).Duties));
    }

    internal StepCatalog(IReadOnlyList<StepDocument> steps, StepDutiesDocument? duties = null)
    {
        reasons = steps.ToDictionary(
            s => s.Id,
            s => s.Reasons.Select((r, position) => new KeyValuePair<string, StepReason>(r.Key, new StepReason(r.Value, s.ReasonCitations.GetValueOrDefault(r.Key), position)))
                .ToDictionary(StringComparer.Ordinal),
            StringComparer.Ordinal);
        this.steps = [.. steps.OrderBy(s => s.Order).Select(s => ToDefinition(s, duties?.Steps.GetValueOrDefault(s.Id)))];
        byId = this.steps.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public IReadOnlyList<StepDefinition> Steps => In(ContentLanguage.Current).steps;

    /// <inheritdoc />
    public StepDefinition? Find(string id) => In(ContentLanguage.Current).byId.GetValueOrDefault(id);

    /// <summary>The catalog in one language.</summary>
    internal StepCatalog In(string language) => languages?.For(language) ?? this;

    /// <summary>The reason template a rule named, or null when content lacks it (this catalog's language).</summary>
    internal string? ReasonTemplate(string stepId, string reasonKey) => Reason(stepId, reasonKey)?.Template;

    /// <summary>
    /// The reason a rule named, its template and citations together (this catalog's language), or null when content lacks
    /// it: the advice reads both for every recommendation, so they are found with one lookup, not four.
    /// </summary>
    internal StepReason? Reason(string stepId, string reasonKey) =>
        reasons.TryGetValue(stepId, out var step) && step.TryGetValue(reasonKey, out var reason) ? reason : null;

    private static StepDefinition ToDefinition(StepDocument s, StepDuty? duty) => new()
    {
        Id = s.Id,
        Topic = s.Topic,
        Title = s.Title,
        Explanation = s.Explanation,
        Citations = s.Citations,
        SchoolDuty = duty?.SchoolMust ?? "",
        IfSchoolDoesNot = duty?.IfNot ?? "",
        Letter = s.Letter,
        DefaultUrgency = s.DefaultUrgency,
        Order = s.Order,
    };
}

/// <summary>
/// One reason of a step in steps.json: its sentence template and, where the reason rests on other rules than the step's,
/// its own citations (<c>reasonCitations</c>). A class, not a record: the renderer caches what it reads from each by
/// reference.
/// </summary>
internal sealed class StepReason(string template, IReadOnlyList<string>? citations, int position)
{
    public string Template { get; } = template;

    /// <summary>Where steps.json lists this reason among its step's (0 first): the order a step's reasons are said in.</summary>
    public int Position { get; } = position;

    /// <summary>The reason's own citations, or null when it rests on the step's.</summary>
    public IReadOnlyList<string>? Citations { get; } = citations;
}
