using IepNavigator.Dialogs.Letters;
using IepNavigator.Dialogs.Letters.Drafting;
using IepNavigator.Dialogs.Letters.Reminders;
using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Knowledge;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Letters;
using IepNavigator.Letters.Rendering;
using IepNavigator.Storage;
using IepNavigator.Storage.Memory;
using IepNavigator.Storage.Reminders;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IepNavigator.Dialogs.Tests.Letters;

/// <summary>
/// The bot as the host composes it with letters: AddKnowledge + AddDialogs + AddLetterConversation, a recording
/// link issuer, and optionally a reminder store and proactive channels, over a given storage and clock.
/// </summary>
internal sealed class LetterHarness : IDisposable
{
    private static readonly Lazy<ServiceProvider> Knowledge = new(() => new ServiceCollection().AddKnowledge().BuildServiceProvider());
    private readonly ServiceProvider _services;

    public LetterHarness(IStateDocumentStore? storage = null, FakeTimeProvider? clock = null, IReminderStore? reminders = null, IProactiveChannel? channel = null)
    {
        Storage = storage ?? new MemoryDocumentStore();
        Clock = clock ?? FlowHarness.NewClock();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(Storage)
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton(Knowledge.Value.GetRequiredService<IAdvisor>())
            .AddSingleton(Knowledge.Value.GetRequiredService<IepNavigator.Knowledge.Letters.ILetterCatalog>())
            .AddSingleton(Links)
            .AddSingleton<ILetterLinkIssuer>(Links)
            .AddDialogs()
            .AddLetterConversation();
        if (reminders is not null)
        {
            services.AddSingleton(reminders);
        }
        if (channel is not null)
        {
            services.AddSingleton(channel);
        }
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Bot = _services.GetRequiredService<IBot>();
    }

    public IStateDocumentStore Storage { get; }
    public FakeTimeProvider Clock { get; }
    public IBot Bot { get; }
    public RecordingLinkIssuer Links { get; } = new();
    public IServiceProvider Services => _services;

    public DialogTestClient Client(string userId = "parent-1", string conversationId = "conversation-1", string locale = "en-US") =>
        new(Bot.OnTurnAsync, userId, conversationId, locale);

    /// <summary>What a download link serves: the letter rendered from the order the link carries.</summary>
    public LetterFile Download(string url)
    {
        var order = Links.Orders[url];
        var rendered = _services.GetRequiredService<LetterRenderer>().Render(order.LetterId, order.Format, order.Fields, order.Facts, order.Today, order.Language);
        Assert.True(rendered.IsRendered);
        return rendered.Value;
    }

    /// <summary>Sets facts on the parent's active case before the chat, as an earlier conversation would have.</summary>
    public async Task SeedFactsAsync(string userId, params (string Fact, object Value)[] facts)
    {
        var adapter = new Microsoft.Bot.Builder.Adapters.TestAdapter(new Microsoft.Bot.Schema.ConversationReference
        {
            ChannelId = "test",
            User = new Microsoft.Bot.Schema.ChannelAccount(userId),
            Bot = new Microsoft.Bot.Schema.ChannelAccount("bot"),
            Conversation = new Microsoft.Bot.Schema.ConversationAccount(false, "personal", "seed"),
        });
        var activity = adapter.MakeActivity();
        activity.ChannelId = "test";
        activity.From = new Microsoft.Bot.Schema.ChannelAccount(userId);
        using var turn = new TurnContext(adapter, activity);
        var record = await _services.GetRequiredService<IepNavigator.Dialogs.Cases.CaseStore>().GetActiveAsync(turn, CancellationToken.None);
        foreach (var (fact, value) in facts)
        {
            record.Set(fact, value);
        }
        await _services.GetRequiredService<IepNavigator.Dialogs.State.TurnStateStore>().SaveAsync(turn, CancellationToken.None);
    }

    public void Dispose() => _services.Dispose();
}

/// <summary>The test <see cref="ILetterLinkIssuer"/>: opaque numbered links that remember the order (and language) they stand for.</summary>
internal sealed class RecordingLinkIssuer : ILetterLinkIssuer
{
    public Dictionary<string, (string LetterId, LetterFormat Format, Dictionary<string, string?> Fields, CaseFacts Facts, DateOnly Today, string Language)> Orders { get; } = [];

    public string IssueUrl(string letterId, LetterFormat format, IReadOnlyDictionary<string, string?> fields, CaseFacts facts, DateOnly today) =>
        IssueUrl(letterId, format, fields, facts, today, "en");

    public string IssueUrl(string letterId, LetterFormat format, IReadOnlyDictionary<string, string?> fields, CaseFacts facts, DateOnly today, string language)
    {
        var url = $"https://navigator.test/api/v1/letters/download/{Guid.NewGuid():N}";
        Orders[url] = (letterId, format, new Dictionary<string, string?>(fields), facts, today, language);
        return url;
    }
}
