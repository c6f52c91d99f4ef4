using IepNavigator.Goals.Charting;
using IepNavigator.Goals.Checking;
using IepNavigator.Goals.Progress;
using Microsoft.Extensions.DependencyInjection;

namespace IepNavigator.Goals.Tests;

public class ServiceCollectionExtensionsTests
{
    private static readonly Type[] Services = [typeof(GoalChecker), typeof(ProgressJudge), typeof(GoalChart)];

    [Fact]
    public void AddGoals_RegistersCheckerJudgeAndChartAsSingletons()
    {
        var services = new ServiceCollection().AddGoals();

        foreach (var type in Services)
        {
            var descriptor = Assert.Single(services, d => d.ServiceType == type);
            Assert.Equal(ServiceLifetime.Singleton, descriptor.Lifetime);
            Assert.NotNull(Activator.CreateInstance(descriptor.ImplementationType!));
        }
    }

    [Fact]
    public void AddGoals_Twice_DoesNotDuplicate() =>
        Assert.Equal(Services.Length, new ServiceCollection().AddGoals().AddGoals().Count);
}
