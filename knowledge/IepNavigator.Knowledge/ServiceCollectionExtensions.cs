using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Letters;
using IepNavigator.Knowledge.Steps;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IepNavigator.Knowledge;

/// <summary>Composition of the knowledge base for any host.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IAdvisor"/>, <see cref="IStepCatalog"/> and <see cref="ILetterCatalog"/> as singletons.</summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<StepCatalog>();
        services.TryAddSingleton<IStepCatalog>(sp => sp.GetRequiredService<StepCatalog>());
        services.TryAddSingleton<ILetterCatalog, LetterCatalog>();
        services.TryAddSingleton<IAdvisor>(sp => new Advisor(sp.GetRequiredService<StepCatalog>()));
        return services;
    }
}
