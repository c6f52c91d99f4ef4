using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using IepNavigator.Letters.Templates;

namespace IepNavigator.Letters;

public static class ServiceCollectionExtensions
{
    /// <summary>Registers the template catalog (compiled once) and the renderer as singletons.</summary>
    public static IServiceCollection AddLetters(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<LetterTemplateCatalog>();
        services.TryAddSingleton<LetterRenderer>();
        return services;
    }
}
