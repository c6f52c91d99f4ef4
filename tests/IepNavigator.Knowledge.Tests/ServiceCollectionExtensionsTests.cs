using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Letters;
using IepNavigator.Knowledge.Rules;
using IepNavigator.Knowledge.Steps;
using Microsoft.Extensions.DependencyInjection;

using IepNavigator.Knowledge.Tests.Content;

namespace IepNavigator.Knowledge.Tests;

public class ServiceCollectionExtensionsTests
{
    [Fact]
    public void AddKnowledge_RegistersAdvisorAndCatalogsAsSingletons()
    {
        var services = new ServiceCollection().AddKnowledge();

        foreach (var type in new[] { typeof(IAdvisor), typeof(IStepCatalog), typeof(ILetterCatalog) })
        {
            Assert.Equal(ServiceLifetime.Singleton, Assert.Single(services, d => d.ServiceType == type).Lifetime);
        }
    }

    [Fact]
    public void AddKnowledge_Twice_DoesNotDuplicate() =>
        Assert.Single(new ServiceCollection().AddKnowledge().AddKnowledge(), d => d.ServiceType == typeof(IAdvisor));

    [Fact]
    public void AddKnowledge_RuleSet_OneSingletonCompiledOncePerProcess()
    {
        var services = new ServiceCollection().AddKnowledge();

        Assert.Equal(ServiceLifetime.Singleton, Assert.Single(services, d => d.ServiceType == typeof(CompiledRules)).Lifetime);
        var first = new SingletonProvider(services).GetService(typeof(CompiledRules));
        var second = new SingletonProvider(new ServiceCollection().AddKnowledge()).GetService(typeof(CompiledRules));
        // Compiling takes seconds: a second container (a second test host) reuses the first compilation.
        Assert.Same(first, second);
        Assert.Same(CompiledRules.Once, first);
    }

    [Fact]
    public void AddKnowledge_Resolved_AdvisorAndCatalogsWork()
    {
        var provider = new SingletonProvider(new ServiceCollection().AddKnowledge());

        var advisor = (IAdvisor)provider.GetService(typeof(IAdvisor))!;
        var steps = (IStepCatalog)provider.GetService(typeof(IStepCatalog))!;
        var letters = (ILetterCatalog)provider.GetService(typeof(ILetterCatalog))!;

        Assert.True(advisor.Advise(new CaseFacts(), new DateOnly(2026, 11, 26)).Steps.Count > 0);
        Assert.Equal(ContractData.StepLetters.Length, steps.Steps.Count);
        Assert.Equal(ContractData.LetterIds.Length, letters.Letters.Count);
    }

    /// <summary>Just enough of a container to run the registered factories (the real one belongs to the host).</summary>
    private sealed class SingletonProvider(IServiceCollection services) : IServiceProvider
    {
        private readonly Dictionary<Type, object> made = [];

        public object? GetService(Type serviceType)
        {
            if (made.TryGetValue(serviceType, out var existing))
            {
                return existing;
            }

            var descriptor = services.Last(d => d.ServiceType == serviceType);
            var instance = descriptor.ImplementationInstance
                ?? descriptor.ImplementationFactory?.Invoke(this)
                ?? Activator.CreateInstance(descriptor.ImplementationType!)!;
            made[serviceType] = instance;
            return instance;
        }
    }
}
