using IepNavigator.Knowledge.Content;

namespace IepNavigator.Knowledge.Steps;

/// <summary>The step catalogue read from the embedded steps.json, with the reason templates the rules pick.</summary>
public sealed class StepCatalogue : IStepCatalogue
{
    private readonly Dictionary<string, StepDocument> documents;
    private readonly Dictionary<string, StepDefinition> byId;

    /// <summary>Loads the embedded catalogue.</summary>
    public StepCatalogue()
        : this(KnowledgeContent.Default.Steps.Steps)
    {
    }

    internal StepCatalogue(IReadOnlyList<StepDocument> steps)
    {
        documents = steps.ToDictionary(s => s.Id, StringComparer.Ordinal);
        Steps = [.. steps.OrderBy(s => s.Order).Select(ToDefinition)];
        byId = Steps.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public IReadOnlyList<StepDefinition> Steps { get; }

    /// <inheritdoc />
    public StepDefinition? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>The reason template a rule named, or null when content lacks it.</summary>
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
