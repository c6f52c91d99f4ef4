using IepNavigator.Knowledge.Content;

namespace IepNavigator.Knowledge.Steps;

/// <summary>The step catalog read from the embedded steps.json, with the reason templates the rules pick.</summary>
public sealed class StepCatalog : IStepCatalog
{
    private readonly Dictionary<string, StepDocument> documents;
    private readonly Dictionary<string, StepDefinition> byId;
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
        documents = steps.ToDictionary(s => s.Id, StringComparer.Ordinal);
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
    internal string? ReasonTemplate(string stepId, string reasonKey) =>
        documents.TryGetValue(stepId, out var step) && step.Reasons.TryGetValue(reasonKey, out var text) ? text : null;

    /// <summary>The citations of one reason where steps.json gives its own (<c>reasonCitations</c>), else null.</summary>
    internal IReadOnlyList<string>? ReasonCitations(string stepId, string reasonKey) =>
        documents.TryGetValue(stepId, out var step) && step.ReasonCitations.TryGetValue(reasonKey, out var cited) ? cited : null;

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
