using System.Collections.Concurrent;
using System.Text;
using IepNavigator.Dialogs.Cases;
using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Knowledge;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Storage;
using IepNavigator.Storage.Sqlite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IepNavigator.Dialogs.Tests.State;

/// <summary>
/// A stored row that cannot be read (tampered, not our JSON, a newer release's shape) is named by key in the log and
/// never by content; the parent gets a fresh start with an apology in their language, and nothing else is lost: the
/// other document of the turn and every other parent's case are kept, and the next turn carries on normally.
/// </summary>
public sealed class UnreadableRowTests : IDisposable
{
    private const string Secret = "Quetzalina Canaryfield";
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"unreadable-{Guid.NewGuid():N}.db");
    private readonly SqliteStorage _store;
    private readonly CapturedLogs _logs = new();
    private readonly ServiceProvider _services;
    private readonly MessageCatalog _messages = new();

    public UnreadableRowTests()
    {
        _store = new SqliteStorage(_path, new EphemeralDataProtectionProvider());
        _services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(_logs))
            .AddSingleton<IStateDocumentStore>(_store)
            .AddSingleton<TimeProvider>(FlowHarness.NewClock())
            .AddKnowledge()
            .AddDialogs()
            .BuildServiceProvider();
    }

    public void Dispose()
    {
        _services.Dispose();
        _store.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    private DialogTestClient Client(string user, string conversation, string locale = "en-US") =>
        new(_services.GetRequiredService<IBot>().OnTurnAsync, user, conversation, locale);

    [Fact]
    public async Task TamperedCase_FreshStartWithAnApology_KeyLoggedNotContent_OthersKept()
    {
        // Two parents with cases; one parent's row is then damaged at rest.
        await Client("parent-a", "chat-a").SendAsync($"I'm worried about {Secret}'s reading");
        await Client("parent-b", "chat-b").SendAsync("the IEP isn't working");
        await DamageAsync("test/users/parent-a");

        var replies = await Client("parent-a", "chat-a").SendAsync("hello again");

        Assert.Equal(_messages["state.freshStart"], replies[0].Text);
        Assert.Contains(_logs.Lines, l => l.Contains("test/users/parent-a", StringComparison.Ordinal) && l.StartsWith("Warning", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, l => l.Contains(Secret, StringComparison.Ordinal) || l.Contains("reading", StringComparison.Ordinal));
        // The other parent's case is untouched.
        Assert.Equal(Stage.IepInPlace, (await BookAsync("parent-b", "chat-b")).Active().Stage);
        // The damaged row was replaced on that turn's save: the next turn carries on without another apology.
        var next = await Client("parent-a", "chat-a").SendAsync("I'm worried about my son's reading");
        Assert.DoesNotContain(next, r => r.Text == _messages["state.freshStart"]);
        Assert.Equal(Stage.Concerned, (await BookAsync("parent-a", "chat-a")).Active().Stage);
    }

    [Fact]
    public async Task CaseThatIsNotOurJson_SpanishParent_ApologyInSpanish()
    {
        await _store.WriteAsync(new Dictionary<string, object> { ["test/users/padre"] = new Newtonsoft.Json.Linq.JObject { ["caseBook"] = 5 } });

        var replies = await Client("padre", "chat-es", "es-US").SendAsync("hola");

        using (ContentLanguage.Begin(ContentLanguage.Spanish))
        {
            Assert.Equal(_messages["state.freshStart"], replies[0].Text);
        }
        Assert.Equal("es-US", replies[0].Locale);
        Assert.Contains(_logs.Lines, l => l.Contains("test/users/padre", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConversationOfANewerRelease_StartsTheConversationAfresh_AndKeepsTheCase()
    {
        var client = Client("parent-c", "chat-c");
        await client.SendAsync("the IEP isn't working");
        var stored = (await _store.ReadDocumentsAsync(["test/conversations/chat-c"])).Single();
        await _store.WriteDocumentsAsync([new DocumentWrite("test/conversations/chat-c", Encoding.UTF8.GetBytes("""{"v":3,"dialogStack":{"frames":"elsewhere"}}"""), stored.ETag)]);

        var replies = await client.SendAsync("hi");

        Assert.Equal(_messages["state.freshConversation"], replies[0].Text);
        Assert.Contains(_logs.Lines, l => l.Contains("test/conversations/chat-c", StringComparison.Ordinal));
        Assert.Equal(Stage.IepInPlace, (await BookAsync("parent-c", "chat-c")).Active().Stage);
    }

    private async Task<CaseBook> BookAsync(string user, string conversation)
    {
        var adapter = new Microsoft.Bot.Builder.Adapters.TestAdapter();
        var activity = adapter.MakeActivity("read");
        (activity.ChannelId, activity.From, activity.Conversation) = ("test", new Microsoft.Bot.Schema.ChannelAccount(user), new Microsoft.Bot.Schema.ConversationAccount(id: conversation));
        using var turn = new TurnContext(adapter, activity);
        return await _services.GetRequiredService<CaseStore>().GetBookAsync(turn, CancellationToken.None);
    }

    /// <summary>Flips a byte in the middle of the sealed document, bypassing the store.</summary>
    private async Task DamageAsync(string key)
    {
        await using var connection = new SqliteConnection($"Data Source={_path}");
        await connection.OpenAsync();
        await using var read = connection.CreateCommand();
        read.CommandText = "SELECT document FROM state_items WHERE key = $key;";
        read.Parameters.AddWithValue("$key", key);
        var document = (byte[])(await read.ExecuteScalarAsync())!;
        document[document.Length / 2] ^= 0x5A;
        await using var write = connection.CreateCommand();
        write.CommandText = "UPDATE state_items SET document = $document WHERE key = $key;";
        write.Parameters.AddWithValue("$document", document);
        write.Parameters.AddWithValue("$key", key);
        Assert.Equal(1, await write.ExecuteNonQueryAsync());
    }

    private sealed class CapturedLogs : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyCollection<string> Lines => _lines;

        public ILogger CreateLogger(string categoryName) => new Logger(_lines);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{logLevel} {formatter(state, exception)} {exception}");
        }
    }
}
