using IepNavigator.Dialogs.Letters.Reminders;
using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Letters;
using IepNavigator.Storage.Reminders;
using IepNavigator.Storage.Reminders.Sqlite;
using IepNavigator.Storage.Sqlite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace IepNavigator.Dialogs.Tests.Letters;

/// <summary>Proactive reminders over a real SQLite file: they fire once, across host restarts.</summary>
public sealed class ReminderRestartTests : IDisposable
{
    // One in-memory key ring for the whole class: reopening a store after a "restart" needs the same keys.
    private static readonly EphemeralDataProtectionProvider StateKeys = new();

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "iepnav-letters-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _clock = FlowHarness.NewClock();

    private string DatabasePath => Path.Combine(_folder, "bot-state.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task HostRestart_TheReminderFiresExactlyOnce_AndTheChatDoesNotRepeatIt()
    {
        int answerDays;
        // Lifetime 1: the parent drafts the letter and says it was sent; the reminder is stored, not yet due.
        using (var storage = new SqliteStorage(DatabasePath, StateKeys))
        {
            var proactive = new ProactiveTestChannel();
            using var harness = new LetterHarness(storage, _clock, new SqliteReminderStore(DatabasePath), proactive.Channel);
            answerDays = harness.Services.GetRequiredService<LetterRenderer>().Catalog.Find("evaluation-request")!.Deadline.Days;
            var client = harness.Client();
            await LetterWalkthrough.ReachAdviceAsync(client);
            await LetterWalkthrough.AnswerQuestionsAsync(harness, client, "evaluation-request", await client.SendAsync("Draft the letter"));
            await client.SendAsync("I sent it today");

            Assert.Equal(0, await Dispatcher(harness).DispatchDueAsync(CancellationToken.None));
            Assert.Empty(proactive.Replies());
        }
        _clock.Advance(TimeSpan.FromDays(answerDays + 1));

        // Lifetime 2: after a restart the reminder is due: one message, and a second pass sends nothing.
        using (var storage = new SqliteStorage(DatabasePath, StateKeys))
        {
            var proactive = new ProactiveTestChannel();
            using var harness = new LetterHarness(storage, _clock, new SqliteReminderStore(DatabasePath), proactive.Channel);

            Assert.Equal(1, await Dispatcher(harness).DispatchDueAsync(CancellationToken.None));
            Assert.Equal(0, await Dispatcher(harness).DispatchDueAsync(CancellationToken.None));
            var reminder = Assert.Single(proactive.Replies());
            Assert.Contains("was due by", reminder.Text, StringComparison.Ordinal);
            Assert.Contains("Draft the follow-up letter", reminder.Buttons());
        }

        // Lifetime 3: another restart: nothing more is sent, and the parent's next message does not repeat it.
        using (var storage = new SqliteStorage(DatabasePath, StateKeys))
        {
            var proactive = new ProactiveTestChannel();
            using var harness = new LetterHarness(storage, _clock, new SqliteReminderStore(DatabasePath), proactive.Channel);

            Assert.Equal(0, await Dispatcher(harness).DispatchDueAsync(CancellationToken.None));
            Assert.Empty(proactive.Replies());
            Assert.DoesNotContain("was due by", (await harness.Client().SendAsync("hello")).Joined(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TamperedReminderRow_IsSetAside_AndTheOtherParentsReminderIsStillSent()
    {
        using var storage = new SqliteStorage(DatabasePath, StateKeys);
        var proactive = new ProactiveTestChannel();
        var store = new SqliteReminderStore(DatabasePath, StateKeys);
        using var harness = new LetterHarness(storage, _clock, store, proactive.Channel);
        var client = harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);
        await LetterWalkthrough.AnswerQuestionsAsync(harness, client, "evaluation-request", await client.SendAsync("Draft the letter"));
        await client.SendAsync("I sent it today");
        // Someone with write access to the database changed another reminder's sealed payload; it is due first.
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath}"))
        {
            connection.Open();
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO reminders (id, due_unix_ms, payload) VALUES ('tampered', 0, 'dp1:bm90LWEtcGF5bG9hZA');";
            insert.ExecuteNonQuery();
        }
        _clock.Advance(TimeSpan.FromDays(60));

        Assert.Equal(1, await Dispatcher(harness).DispatchDueAsync(CancellationToken.None));

        Assert.Contains("was due by", Assert.Single(proactive.Replies()).Text, StringComparison.Ordinal);
        Assert.Empty(await store.FindDueAsync(_clock.GetUtcNow(), 10)); // the bad row is claimed, never read again
    }

    [Fact]
    public async Task SchoolAnsweredBeforeTheDeadline_NoReminderIsSent()
    {
        using var storage = new SqliteStorage(DatabasePath, StateKeys);
        var proactive = new ProactiveTestChannel();
        using var harness = new LetterHarness(storage, _clock, new SqliteReminderStore(DatabasePath), proactive.Channel);
        var client = harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);
        await LetterWalkthrough.AnswerQuestionsAsync(harness, client, "evaluation-request", await client.SendAsync("Draft the letter"));
        await client.SendAsync("I sent it today");
        await client.SendAsync("the school replied");
        _clock.Advance(TimeSpan.FromDays(60));

        Assert.Equal(0, await Dispatcher(harness).DispatchDueAsync(CancellationToken.None));
        Assert.Empty(proactive.Replies());
    }

    [Fact]
    public async Task HostedService_SendsTheDueReminderWhenTheHostStarts()
    {
        var store = new SqliteReminderStore(DatabasePath);
        var proactive = new ProactiveTestChannel();
        using var storage = new SqliteStorage(DatabasePath, StateKeys);
        using var harness = new LetterHarness(storage, _clock, store, proactive.Channel);
        var client = harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);
        await LetterWalkthrough.AnswerQuestionsAsync(harness, client, "evaluation-request", await client.SendAsync("Draft the letter"));
        await client.SendAsync("I sent it today");
        _clock.Advance(TimeSpan.FromDays(30));
        var service = harness.Services.GetServices<IHostedService>().OfType<ReminderService>().Single();

        await service.StartAsync(CancellationToken.None);
        await proactive.Delivered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await service.StopAsync(CancellationToken.None);

        Assert.Single(proactive.Replies());
        Assert.Empty(await store.FindDueAsync(_clock.GetUtcNow(), 10));
    }

    private static ReminderDispatcher Dispatcher(LetterHarness harness) => harness.Services.GetRequiredService<ReminderDispatcher>();

    /// <summary>The "test" channel over a TestAdapter, as the host would wire its adapter; records what it sent.</summary>
    private sealed class ProactiveTestChannel : IProactiveChannel
    {
        private readonly TestAdapter _adapter = new(TestAdapter.CreateConversation("proactive"));

        public ProactiveTestChannel() => Channel = this;

        public IProactiveChannel Channel { get; }

        public TaskCompletionSource Delivered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool CanReach(ConversationReference reference) => reference?.ChannelId == "test";

        public async Task ContinueConversationAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
        {
            await new BotAdapterProactiveChannel(_adapter, "bot", ["test"]).ContinueConversationAsync(reference, callback, cancellationToken);
            Delivered.TrySetResult();
        }

        public List<IMessageActivity> Replies()
        {
            var replies = new List<IMessageActivity>();
            while (_adapter.GetNextReply() is { } reply)
            {
                replies.Add(reply.AsMessageActivity());
            }
            return replies;
        }
    }
}
