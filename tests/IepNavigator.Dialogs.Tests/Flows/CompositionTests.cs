using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Conversation;
using IepNavigator.Dialogs.Goals;
using IepNavigator.Dialogs.IepUploads;
using IepNavigator.Dialogs.Letters;
using IepNavigator.Dialogs.Letters.Drafting;
using IepNavigator.Dialogs.Runtime;
using IepNavigator.Dialogs.Runtime.Interruptions;
using IepNavigator.Dialogs.Runtime.Prompts;
using IepNavigator.Dialogs.Tests.Goals;
using IepNavigator.Dialogs.Tests.Letters;
using IepNavigator.Dialogs.Tests.Triage;
using IepNavigator.Dialogs.Triage;
using IepNavigator.Knowledge;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace IepNavigator.Dialogs.Tests.Flows;

public class CompositionTests
{
    private static readonly Lazy<ServiceProvider> Knowledge = new(() => new ServiceCollection().AddKnowledge().BuildServiceProvider());

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

    [Fact]
    public void Features_RegisteredInAnotherOrder_SameRegistrationsInterruptionsAndButtons()
    {
        var hostOrder = Compose(s => s.AddDialogs().AddGoalConversation().AddLetterConversation().AddTriageConversation().AddIepUploadConversation());
        // Features first, the core never named: each feature adds what it needs (the core, the goal tracker) itself.
        var reversed = Compose(s => s.AddIepUploadConversation().AddTriageConversation().AddLetterConversation().AddGoalConversation());
        using var first = hostOrder.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        using var second = reversed.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        Assert.Equal(Describe(hostOrder), Describe(reversed));
        Assert.Equal(InRunOrder(first), InRunOrder(second));
        Assert.Equal(OffersInOrder(first), OffersInOrder(second));
        Assert.Equal(
            first.GetServices<Dialog>().Select(d => d.Id).Order(StringComparer.Ordinal),
            second.GetServices<Dialog>().Select(d => d.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void InterruptionOrder_EveryInterruptionOfTheProduct_HasAPositionOfItsOwn()
    {
        using var services = Compose(s => s.AddDialogs().AddGoalConversation().AddLetterConversation().AddTriageConversation().AddIepUploadConversation())
            .BuildServiceProvider();

        var positions = services.GetServices<IInterruption>().Select(i => i.Order).ToList();

        Assert.Equal(positions.Count, positions.Distinct().Count());
        // Every member of the list names a registered interruption: the list is the whole order, with no stale entries.
        Assert.Equal(Enum.GetValues<InterruptionOrder>().Order(), positions.Order());
        // Members are positions, never numbers a reviewer must compare: no two share a value.
        Assert.Equal(Enum.GetNames<InterruptionOrder>().Length, Enum.GetValues<InterruptionOrder>().Select(v => (int)v).Distinct().Count());
    }

    [Fact]
    public void AdviceOfferOrder_EveryOfferOfTheProduct_HasAPositionOfItsOwn()
    {
        using var services = Compose(s => s.AddDialogs().AddGoalConversation().AddLetterConversation().AddTriageConversation())
            .BuildServiceProvider();

        var positions = services.GetServices<IAdviceOffer>().Select(o => o.Order).ToList();

        Assert.Equal(Enum.GetValues<AdviceOfferOrder>().Order(), positions.Order());
    }

    [Fact]
    public void DialogRunner_TwoInterruptionsInOnePosition_RefusesToStart()
    {
        var registry = new DialogRegistry([new TextPrompt(new PromptServices(new AnswerVocabulary(), new MessageCatalog(), TimeProvider.System))]);
        IInterruption[] clashing = [new PositionedInterruption(InterruptionOrder.Help), new PositionedInterruption(InterruptionOrder.Help)];

        var error = Assert.Throws<InvalidOperationException>(() => new DialogRunner(
            registry, Runtime.RuntimeHarness.StateOver(new IepNavigator.Storage.Memory.MemoryDocumentStore()), clashing,
            new MessageCatalog(), NullLogger<DialogRunner>.Instance, DialogIds.TextPrompt));

        Assert.Contains(nameof(InterruptionOrder.Help), error.Message, StringComparison.Ordinal);
    }

    /// <summary>The product's edges as the host gives them (stand-ins for links, the advocate desk and files), then <paramref name="features"/>.</summary>
    private static ServiceCollection Compose(Action<IServiceCollection> features)
    {
        var services = new ServiceCollection();
        services.AddLogging()
            .AddSingleton<IepNavigator.Storage.IStateDocumentStore>(new IepNavigator.Storage.Memory.MemoryDocumentStore())
            .AddSingleton<TimeProvider>(FlowHarness.NewClock())
            .AddSingleton(Knowledge.Value.GetRequiredService<IAdvisor>())
            .AddSingleton(Knowledge.Value.GetRequiredService<IepNavigator.Knowledge.Letters.ILetterCatalog>())
            .AddSingleton<IChartLinkIssuer>(new RecordingChartLinks())
            .AddSingleton<ILetterLinkIssuer>(new RecordingLinkIssuer())
            .AddSingleton<IAdvocateHandOff>(new FakeHandOff(Knowledge.Value.GetRequiredService<IAdvisor>(), TimeProvider.System));
        features(services);
        return services;
    }

    /// <summary>What is registered, as a sorted list: service, implementation (type, instance's type or factory) and lifetime.</summary>
    private static List<string> Describe(IServiceCollection services) =>
    [
        .. services.Select(d => $"{d.ServiceType.FullName} <- {d.ImplementationType?.FullName ?? d.ImplementationInstance?.GetType().FullName ?? d.ImplementationFactory?.Method.ToString()} ({d.Lifetime})")
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>The interruptions in the order the runner offers them a message.</summary>
    private static List<string> InRunOrder(IServiceProvider services) =>
        [.. services.GetServices<IInterruption>().OrderBy(i => i.Order).Select(i => i.GetType().Name)];

    private static List<string> OffersInOrder(IServiceProvider services) =>
        [.. services.GetServices<IAdviceOffer>().OrderBy(o => o.Order).Select(o => o.GetType().Name)];

    private sealed class PositionedInterruption(InterruptionOrder order) : IInterruption
    {
        public InterruptionOrder Order => order;

        public Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken) =>
            Task.FromResult(InterruptionOutcome.NotHandled);
    }
}
