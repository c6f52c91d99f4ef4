using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Letters;
using IepNavigator.Knowledge.Rules;
using IepNavigator.Knowledge.Steps;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IepNavigator.Knowledge;

/// <summary>Composition of the knowledge base for any host.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IAdvisor"/>, <see cref="IStepCatalog"/> and <see cref="ILetterCatalog"/> as singletons, and the rule set's compiled session factory.</summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<StepCatalog>();
        services.TryAddSingleton<IStepCatalog>(sp => sp.GetRequiredService<StepCatalog>());
        services.TryAddSingleton<ILetterCatalog, LetterCatalog>();
        // The rule set compiled once, at start-up (resolving the advisor), never on the first question.
        services.TryAddSingleton(_ => CompiledRules.Once);
        services.TryAddSingleton<IAdvisor>(sp => new Advisor(sp.GetRequiredService<StepCatalog>(), sp.GetRequiredService<CompiledRules>()));
        return services;
    }
}
