namespace IepNavigator.Knowledge.Steps;

/// <summary>Every step the advisor can recommend, with its reviewable content.</summary>
public interface IStepCatalog
{
    /// <summary>All steps in the order a parent should act in.</summary>
    IReadOnlyList<StepDefinition> Steps { get; }

    /// <summary>The step with this id, or null.</summary>
    StepDefinition? Find(string id);
}
