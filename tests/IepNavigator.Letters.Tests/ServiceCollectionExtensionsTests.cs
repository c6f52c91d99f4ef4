using IepNavigator.Letters.Templates;
using Microsoft.Extensions.DependencyInjection;

namespace IepNavigator.Letters.Tests;

public sealed class ServiceCollectionExtensionsTests
{
    [Fact]
    public void AddLetters_RegistersTheCatalogAndRendererOnceAsSingletons()
    {
        var services = new ServiceCollection();

        services.AddLetters().AddLetters();

        Assert.Equal(ServiceLifetime.Singleton, Assert.Single(services, d => d.ServiceType == typeof(LetterTemplateCatalog)).Lifetime);
        Assert.Equal(ServiceLifetime.Singleton, Assert.Single(services, d => d.ServiceType == typeof(LetterRenderer)).Lifetime);
    }
}
