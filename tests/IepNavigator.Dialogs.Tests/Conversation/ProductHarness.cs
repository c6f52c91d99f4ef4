using IepNavigator.Dialogs.Goals;
using IepNavigator.Dialogs.Letters;
using IepNavigator.Dialogs.Letters.Drafting;
using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Goals;
using IepNavigator.Dialogs.Tests.Letters;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Dialogs.Tests.Triage;
using IepNavigator.Dialogs.Triage;
using IepNavigator.Knowledge;
using IepNavigator.Storage.Memory;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IepNavigator.Dialogs.Tests.Conversation;

/// <summary>
/// The whole conversation as the host composes it: the dialogs, the real letters flow, the goal tracker and the advocate
/// hand-off. Only the edges are stand-ins: links that record what they would sign, and the advocate desk (FakeHandOff).
/// </summary>
internal sealed class ProductHarness : IDisposable
{
    private static readonly Lazy<ServiceProvider> Knowledge = new(() => new ServiceCollection().AddKnowledge().BuildServiceProvider());
    private readonly ServiceProvider _services;

    /// <param name="reader">The message reader the dialogs get (a counting one, to see when a turn reads); default the shared one.</param>
    public ProductHarness(Lazy<IepNavigator.Understanding.MessageReader>? reader = null)
    {
        Clock = FlowHarness.NewClock();
        var advisor = Knowledge.Value.GetRequiredService<IAdvisor>();
        HandOff = new FakeHandOff(advisor, Clock);
        var services = new ServiceCollection();
        if (reader is not null)
        {
            services.AddSingleton(reader);
        }
        _services = services
            .AddLogging()
            .AddSingleton<IepNavigator.Storage.IStateDocumentStore>(new MemoryDocumentStore())
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton(advisor)
            .AddSingleton(Knowledge.Value.GetRequiredService<IepNavigator.Knowledge.Letters.ILetterCatalog>())
            .AddSingleton<IChartLinkIssuer>(new RecordingChartLinks())
            .AddSingleton<ILetterLinkIssuer>(LetterLinks)
            .AddSingleton<IAdvocateHandOff>(HandOff)
            .AddDialogs()
            .AddGoalConversation()
            .AddLetterConversation()
            .AddTriageConversation()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Bot = _services.GetRequiredService<IBot>();
    }

    public FakeTimeProvider Clock { get; }
    public FakeHandOff HandOff { get; }
    /// <summary>Links in every language a chat asks for (a Spanish chat's downloads are Spanish and side by side too).</summary>
    public RecordingLinkIssuer LetterLinks { get; } = new();
    public IBot Bot { get; }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public DialogTestClient Client(string locale = "en-US") => new(Bot.OnTurnAsync, locale: locale);

    public void Dispose() => _services.Dispose();
}
