using IepNavigator.Knowledge.Content;

namespace IepNavigator.Knowledge.Steps;

/// <summary>The step catalogue read from the embedded steps.json, with the reason templates the rules pick.</summary>
public sealed class StepCatalogue : IStepCatalogue
{
    private readonly Dictionary<string, StepDocument> documents;
    private readonly Dictionary<string, StepDefinition> byId;
    private readonly IReadOnlyList<StepDefinition> steps;

    /// <summary>The catalogue of each language; null for a catalogue of one language.</summary>
    private readonly Localized<StepCatalogue>? languages;

    /// <summary>Loads the embedded catalogue; titles and explanations follow <see cref="ContentLanguage.Current"/>.</summary>
    public StepCatalogue()
        : this(KnowledgeContent.Default.Steps.Steps)
    {
        languages = new Localized<StepCatalogue>(l =>
            l == ContentLanguage.English ? new StepCatalogue(KnowledgeContent.Default.Steps.Steps) : new StepCatalogue(KnowledgeContent.For(l).Steps.Steps));
    }

    internal StepCatalogue(IReadOnlyList<StepDocument> steps)
    {
        documents = steps.ToDictionary(s => s.Id, StringComparer.Ordinal);
        this.steps = [.. steps.OrderBy(s => s.Order).Select(ToDefinition)];
        byId = this.steps.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public IReadOnlyList<StepDefinition> Steps => In(ContentLanguage.Current).steps;

    /// <inheritdoc />
    public StepDefinition? Find(string id) => In(ContentLanguage.Current).byId.GetValueOrDefault(id);

    /// <summary>The catalogue in one language.</summary>
    internal StepCatalogue In(string language) => languages?.For(language) ?? this;

    /// <summary>The reason template a rule named, or null when content lacks it (this catalogue's language).</summary>
    internal string? ReasonTemplate(string stepId, string reasonKey) =>
        documents.TryGetValue(stepId, out var step) && step.Reasons.TryGetValue(reasonKey, out var text) ? text : null;

    private static StepDefinition ToDefinition(StepDocument s) => new()
    {
        Id = s.Id,
        Topic = s.Topic,
        Title = s.Title,
        Explanation = s.Explanation,
        Citations = s.Citations,
        Letter = s.Letter,
        DefaultUrgency = s.DefaultUrgency,
        Order = s.Order,
    };
}
