using IepNavigator.Dialogs.Runtime;
using IepNavigator.Knowledge;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace IepNavigator.Dialogs.Tests.Flows;

public class CompositionTests
{
    [Fact]
    public void AddDialogs_CalledTwice_StillRegistersEachDialogOnce()
    {
        using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IepNavigator.Storage.IStateDocumentStore>(new IepNavigator.Storage.Memory.MemoryDocumentStore())
            .AddKnowledge()
            .AddDialogs()
            .AddDialogs()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        Assert.IsType<NavigatorBot>(services.GetRequiredService<IBot>());
        var ids = services.GetServices<Dialog>().Select(d => d.Id).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.NotNull(services.GetRequiredService<DialogRegistry>().Find(IepNavigator.Dialogs.Flows.FlowIds.Main));
    }
}
