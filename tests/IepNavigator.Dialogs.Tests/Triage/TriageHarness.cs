using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Dialogs.Triage;
using IepNavigator.Knowledge;
using IepNavigator.Storage;
using IepNavigator.Storage.Memory;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IepNavigator.Dialogs.Tests.Triage;

/// <summary>The bot as the host composes it with the hand-off (AddDialogs + AddTriageConversation) over <see cref="FakeHandOff"/>.</summary>
internal sealed class TriageHarness : IDisposable
{
    private static readonly Lazy<ServiceProvider> Knowledge = new(() => new ServiceCollection().AddKnowledge().BuildServiceProvider());
    private readonly ServiceProvider _services;

    public TriageHarness()
    {
        Storage = new MemoryDocumentStore();
        Clock = FlowHarness.NewClock();
        var advisor = Knowledge.Value.GetRequiredService<IAdvisor>();
        HandOff = new FakeHandOff(advisor, Clock);
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IStateDocumentStore>(Storage)
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton(advisor)
            .AddSingleton(Knowledge.Value.GetRequiredService<IepNavigator.Knowledge.Letters.ILetterCatalog>())
            .AddSingleton<IAdvocateHandOff>(HandOff)
            .AddDialogs()
            .AddTriageConversation()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Bot = _services.GetRequiredService<IBot>();
        Content = _services.GetRequiredService<TriageChatContent>();
    }

    public MemoryDocumentStore Storage { get; }
    public FakeTimeProvider Clock { get; }
    public FakeHandOff HandOff { get; }
    public IBot Bot { get; }
    public TriageChatContent Content { get; }

    public DialogTestClient Client(string userId = "parent-1", string conversationId = "conversation-1") =>
        new(Bot.OnTurnAsync, userId, conversationId);

    public void Dispose() => _services.Dispose();
}
