using System.Text.Json.Nodes;
using IepNavigator.Dialogs.Cases;
using IepNavigator.Dialogs.Goals;
using IepNavigator.Dialogs.Letters;
using IepNavigator.Dialogs.Letters.Drafting;
using IepNavigator.Dialogs.State;
using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Goals;
using IepNavigator.Dialogs.Tests.Letters;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Dialogs.Tests.Triage;
using IepNavigator.Dialogs.Triage;
using IepNavigator.Goals.Progress;
using IepNavigator.Knowledge;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Steps;
using IepNavigator.Storage;
using IepNavigator.Storage.Postgres;
using IepNavigator.Storage.Sqlite;
using IepNavigator.Tests.Shared;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Tests.State;

/// <summary>
/// Issue 16: every case stored before the typed case still opens. The two rows in StoredRows/ were written by the
/// JObject-facts model through BotState (see its README); here they are written to SQLite and PostgreSQL through the
/// store's own IStorage write path, exactly as that code wrote them, and the parent's case must come back intact and
/// the waiting conversation carry on.
/// </summary>
public sealed class StoredRowsTests : IAsyncLifetime
{
    private const string UserKey = "test/users/parent-legacy";
    private const string ConversationKey = "test/conversations/conversation-legacy";
    private readonly string _sqlitePath = Path.Combine(Path.GetTempPath(), $"stored-rows-{Guid.NewGuid():N}.db");
    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N");
    private readonly IDataProtectionProvider _protection = new EphemeralDataProtectionProvider();
    private readonly List<SqlStateStore> _stores = [];
    private string? _postgres;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _sqlitePath, _sqlitePath + "-wal", _sqlitePath + "-shm" })
        {
            File.Delete(file);
        }
        if (_postgres is not null)
        {
            await using var connection = new Npgsql.NpgsqlConnection(_postgres);
            await connection.OpenAsync();
            await using var drop = new Npgsql.NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE;", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    public static TheoryData<string> Stores => ["sqlite", "postgres"];

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task RowsStoredByThePreviousModel_OpenWithEveryFactAnswerLetterAndGoalIntact(string provider)
    {
        var store = await StoreWithLegacyRowsAsync(provider);
        using var bot = new WholeBot(store);

        var book = await bot.ReadAsync(turn => bot.Get<CaseStore>().GetBookAsync(turn, CancellationToken.None));

        Assert.Equal(2, book.Cases.Count);
        var sam = book.Cases[0];
        Assert.Equal("your first child", sam.Label);
        Assert.Equal(new CaseFacts
        {
            Stage = Stage.EvaluationRequested,
            Concerns = sam.Facts.Concerns,
            ConcernsDocumented = false,
            State = "WA",
            BehaviorConcerns = false,
            EvaluationRequestedOn = new DateOnly(2026, 11, 26),
            RequestInWriting = true,
        }, sam.Facts);
        Assert.Equal([ConcernArea.Reading, ConcernArea.Math], sam.Facts.Concerns);
        Assert.Equal(FactAnswer.Unknown, sam.AnswerOf(FactNames.SchoolRefusedEvaluation));
        Assert.Equal(FactAnswer.Unknown, sam.AnswerOf(FactNames.ConsentSignedOn));
        Assert.Equal([StepIds.DocumentConcerns, StepIds.ContactParentCenter, StepIds.LearnStateProcess], sam.LastStepIds);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 15, 0, 0, TimeSpan.Zero), sam.UpdatedAt);
        var letter = Assert.Single(sam.Ledger);
        Assert.Equal(("evaluation-request", "request-evaluation", "email"), (letter.LetterId, letter.StepId, letter.SentHow));
        Assert.Equal(new DateOnly(2026, 11, 26), letter.DraftedOn);
        Assert.Equal(new DateOnly(2026, 11, 26), letter.SentOn);
        Assert.Equal(new DateOnly(2026, 12, 11), letter.DueOn);
        Assert.Equal(new DateOnly(2026, 11, 26), letter.AnsweredOn);
        Assert.Equal(new LetterFields
        {
            ChildName = "Sam Rivera",
            ChildDateOfBirth = "2017-03-04",
            School = "Lincoln Elementary",
            Grade = "3rd",
            RecipientName = "Dr. Lee",
            RecipientTitle = "Director of Special Education",
        }, sam.LetterFields);
        Assert.Equal(new LetterFields { ParentName = "Ana Rivera", ParentEmail = "ana@example.org" }, book.ParentLetterFields);
        Assert.Equal("Ana Rivera", book.LetterFieldsFor(sam).ParentName);

        var maya = book.Cases[1];
        Assert.Equal(book.ActiveCaseId, maya.Id);
        Assert.Equal("Maya", maya.Label);
        Assert.Equal(new CaseFacts
        {
            Stage = Stage.Discipline,
            MakingProgress = true,
            ServicesDelivered = true,
            HasProgressReports = true,
            GoalsMeasurable = false,
            DaysRemovedThisYear = 12,
            HasBehaviorPlan = false,
        }, maya.Facts);
        Assert.Equal(FactAnswer.NotYet, maya.AnswerOf(FactNames.DisciplineChangeOfPlacementOn));
        Assert.StartsWith("Goal 1 (too few points to judge): baseline 45 words correct per minute", maya.ProgressSummary);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 15, 0, 0, TimeSpan.Zero), book.LastSeenAt);
        Assert.Null(book.Language);

        var goals = await bot.ReadAsync(async turn => (await bot.Get<TurnStateStore>().UserAsync(turn, CancellationToken.None)).GoalBook.For(maya.Id));
        Assert.Equal(2, goals.Goals.Count);
        var tracked = goals.Goals[0];
        Assert.Equal((1, true, "words correct per minute", 45.0, 90.0), (tracked.Number, tracked.Measurable, tracked.Unit, tracked.BaselineValue!.Value, tracked.TargetValue!.Value));
        Assert.Equal((new DateOnly(2026, 11, 1), new DateOnly(2027, 5, 31), ProgressDirection.HigherIsBetter), (tracked.BaselineDate!.Value, tracked.EndDate!.Value, tracked.Direction));
        var point = Assert.Single(tracked.Points);
        Assert.Equal((new DateOnly(2026, 11, 23), 58.0, DataSource.ProgressReport), (point.Date, point.Value, point.Source));
        Assert.False(goals.Goals[1].Measurable);
        Assert.NotNull(tracked.ToProgress());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task AConversationStoredMidPrompt_CarriesOnWithItsDraft_AndIsSavedInTheNewShape(string provider)
    {
        var store = await StoreWithLegacyRowsAsync(provider);
        using var bot = new WholeBot(store);
        var client = bot.Client();

        // The stored stack waits at the hand-off's availability question, with consent, e-mail and address in its draft.
        var next = await client.SendAsync("weekday evenings");
        Assert.Equal(new[] { bot.Content["button.wordsYes"], bot.Content["button.wordsNo"] }.Order(), next[^1].Buttons().Order());
        await TriageWalk.AnswerUntilPreviewAsync(client, bot.Content, await client.SendAsync(bot.Content["button.wordsNo"]));

        var preview = string.Join("\n", client.Transcript.Select(r => r.Text));
        Assert.Contains("ana@example.org", preview, StringComparison.Ordinal);
        Assert.Contains("weekday evenings", preview, StringComparison.Ordinal);
        var request = Assert.Single(bot.HandOff.Previewed);
        Assert.Equal(12, request.Facts.DaysRemovedThisYear);
        Assert.Equal(Stage.Discipline, request.Facts.Stage);

        // Both rows were rewritten in the typed shape, and read back as the same case.
        var rows = (await store.ReadDocumentsAsync([UserKey, ConversationKey])).ToDictionary(d => d.Key, d => JsonNode.Parse(d.Utf8Json!)!);
        Assert.Equal(UserDocument.CurrentVersion, (int)rows[UserKey]["v"]!);
        Assert.Equal(UserDocument.CurrentVersion, (int)rows[ConversationKey]["v"]!);
        Assert.Null(rows[UserKey]["letterProfile"]);
        Assert.Equal("discipline", (string?)rows[UserKey]["caseBook"]!["cases"]![1]!["facts"]!["stage"]);
        using var restarted = new WholeBot(store);
        var book = await restarted.ReadAsync(turn => restarted.Get<CaseStore>().GetBookAsync(turn, CancellationToken.None));
        Assert.Equal("Ana Rivera", book.ParentLetterFields.ParentName);
        Assert.Equal("Sam Rivera", book.Cases[0].LetterFields.ChildName);
        Assert.Equal("TX", book.Cases[1].Facts.State);
    }

    /// <summary>A store of <paramref name="provider"/> holding the two rows, written through its IStorage as BotState wrote them.</summary>
    private async Task<SqlStateStore> StoreWithLegacyRowsAsync(string provider)
    {
        SqlStateStore store = provider == "sqlite"
            ? new SqliteStorage(_sqlitePath, _protection)
            : new PostgresStorage(_postgres = await TestPostgres.ConnectionStringAsync(), _protection, _schema);
        _stores.Add(store);
        await store.WriteAsync(new Dictionary<string, object>
        {
            [UserKey] = Row("user-state.json"),
            [ConversationKey] = Row("conversation-state.json"),
        });
        return store;
    }

    /// <summary>A committed row as the store returns JSON: dates left as the strings they are.</summary>
    private static JObject Row(string file)
    {
        using var reader = new JsonTextReader(new StringReader(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "State", "StoredRows", file))))
        {
            DateParseHandling = DateParseHandling.None,
        };
        return JObject.Load(reader);
    }

    /// <summary>The bot with every feature the rows use (letters, goals, the hand-off) over one store.</summary>
    private sealed class WholeBot : IDisposable
    {
        private static readonly Lazy<ServiceProvider> Knowledge = new(() => new ServiceCollection().AddKnowledge().BuildServiceProvider());
        private readonly ServiceProvider _services;

        public WholeBot(IStateDocumentStore store)
        {
            var clock = FlowHarness.NewClock();
            var advisor = Knowledge.Value.GetRequiredService<IAdvisor>();
            HandOff = new FakeHandOff(advisor, clock);
            _services = new ServiceCollection()
                .AddLogging()
                .AddSingleton(store)
                .AddSingleton<TimeProvider>(clock)
                .AddSingleton(advisor)
                .AddSingleton(Knowledge.Value.GetRequiredService<IepNavigator.Knowledge.Letters.ILetterCatalog>())
                .AddSingleton<ILetterLinkIssuer>(new RecordingLinkIssuer())
                .AddSingleton<IChartLinkIssuer>(new RecordingChartLinks())
                .AddSingleton<IAdvocateHandOff>(HandOff)
                .AddDialogs()
                .AddLetterConversation()
                .AddGoalConversation()
                .AddTriageConversation()
                .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
            Content = _services.GetRequiredService<TriageChatContent>();
        }

        public FakeHandOff HandOff { get; }

        public TriageChatContent Content { get; }

        public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

        public DialogTestClient Client() => new(_services.GetRequiredService<IBot>().OnTurnAsync, "parent-legacy", "conversation-legacy");

        /// <summary>Runs <paramref name="read"/> in a turn of the legacy parent's conversation.</summary>
        public async Task<T> ReadAsync<T>(Func<ITurnContext, Task<T>> read)
        {
            var adapter = new TestAdapter(new Microsoft.Bot.Schema.ConversationReference
            {
                ChannelId = "test",
                User = new Microsoft.Bot.Schema.ChannelAccount("parent-legacy"),
                Bot = new Microsoft.Bot.Schema.ChannelAccount("bot"),
                Conversation = new Microsoft.Bot.Schema.ConversationAccount(false, "personal", "conversation-legacy"),
            });
            var activity = adapter.MakeActivity("read");
            activity.ChannelId = "test"; // TestAdapter leaves it out of the activities it makes
            using var turn = new TurnContext(adapter, activity);
            return await read(turn);
        }

        public void Dispose() => _services.Dispose();
    }
}
