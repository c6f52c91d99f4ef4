using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Knowledge;
using IepNavigator.Storage;
using IepNavigator.Storage.Memory;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Tests.Flows;

/// <summary>The whole bot as the host composes it (real knowledge base, real dialogs) over a given storage and clock.</summary>
internal sealed class FlowHarness : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 26, 15, 0, 0, TimeSpan.Zero);

    // The rule set compiles once per process, as in the host; sharing it keeps the tests fast.
    private static readonly Lazy<ServiceProvider> Knowledge = new(() => new ServiceCollection().AddKnowledge().BuildServiceProvider());
    private readonly ServiceProvider _services;

    public FlowHarness(IStateDocumentStore? storage = null, FakeTimeProvider? clock = null)
    {
        Storage = storage ?? new MemoryDocumentStore();
        Clock = clock ?? NewClock();
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(Storage)
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton(Knowledge.Value.GetRequiredService<IAdvisor>())
            .AddSingleton(Knowledge.Value.GetRequiredService<IepNavigator.Knowledge.Letters.ILetterCatalog>())
            .AddDialogs()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Bot = _services.GetRequiredService<IBot>();
    }

    public IStateDocumentStore Storage { get; }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();
    public FakeTimeProvider Clock { get; }
    public IBot Bot { get; }

    public static FakeTimeProvider NewClock()
    {
        var clock = new FakeTimeProvider(Start);
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        return clock;
    }

    public DialogTestClient Client(string userId = "parent-1", string conversationId = "conversation-1", string locale = "en-US", string channelId = "test") =>
        new(Bot.OnTurnAsync, userId, conversationId, locale, channelId);

    public void Dispose() => _services.Dispose();
}

internal static class AdviceReplies
{
    /// <summary>The step ids an advice message carries in channelData.iepNavigator.stepIds.</summary>
    public static IReadOnlyList<string> StepIds(this IMessageActivity reply) =>
        reply.ChannelData is JObject data && data["iepNavigator"]?["stepIds"] is JArray ids ? [.. ids.Values<string>().OfType<string>()] : [];

    /// <summary>The advice message of a turn (the one whose channelData.iepNavigator names its view, card or text), or null.</summary>
    public static IMessageActivity? Advice(this IEnumerable<IMessageActivity> replies) =>
        replies.FirstOrDefault(r => r.View() is not null);

    /// <summary>channelData.iepNavigator.view of an advice message ("card" or "text"); null on any other reply.</summary>
    public static string? View(this IMessageActivity reply) =>
        reply.ChannelData is JObject data ? (string?)data["iepNavigator"]?["view"] : null;

    /// <summary>The advice card's steps as the parent reads them: the number column's text and the title, in order.</summary>
    public static IReadOnlyList<(string Number, string Title)> CardSteps(this IMessageActivity reply) =>
        [.. (reply.Attachments ?? []).Where(a => a.ContentType == "application/vnd.microsoft.card.adaptive")
            .SelectMany(a => ((JObject)a.Content)["body"]!.Where(b => (string?)b["type"] == "ColumnSet"))
            .Select(row => ((string)row.SelectToken("columns[0].items[0].text")!, (string)row.SelectToken("columns[1].items[0].text")!))];
}
