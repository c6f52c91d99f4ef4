using System.Data.Common;
using System.Globalization;
using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Triage;
using IepNavigator.DirectLine.Conversations;
using IepNavigator.Storage.Reminders;
using IepNavigator.Tests.Shared;
using IepNavigator.Triage;
using IepNavigator.Triage.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IepNavigator.Web.Tests.Retention;

/// <summary>
/// "Delete my data" through the real host and the widget's channel: a parent with a case (state), a reminder, a
/// Direct Line history and a triage packet says "delete my data", then "yes"; afterwards every table is queried for
/// anything of theirs. Once on SQLite (the Direct Line log in memory) and once on PostgreSQL (the log in a table).
/// </summary>
public sealed class DeleteMyDataEverywhereTests : IDisposable
{
    private const string Secret = "retention-tests-secret-0123456789";
    private const string UserId = "dl-parent-erase";
    private const string Words = "He has been sent home almost every week since October.";
    private readonly NavigatorHostFactory _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task OnSqlite_EveryTableLosesTheParentsRows()
    {
        using var factory = _host.WithWebHostBuilder(builder => builder.UseSetting("DirectLine:Secret", Secret));
        var tables = new SqliteTables(Path.Combine(_host.DataDirectory, "bot-state.db"), factory.Services.GetRequiredService<TriageDatabase>());

        await RunScenarioAsync(factory, tables);
    }

    [Fact]
    public async Task OnPostgres_EveryTableLosesTheParentsRows_IncludingTheDirectLineLog()
    {
        var connectionString = await TestPostgres.ConnectionStringAsync();
        var stateSchema = "s_" + Guid.NewGuid().ToString("N");
        var triageSchema = "t_" + Guid.NewGuid().ToString("N");
        try
        {
            using var factory = _host.WithWebHostBuilder(builder => builder
                .UseSetting("DirectLine:Secret", Secret)
                .UseSetting("Storage:Provider", "Postgres")
                .UseSetting("ConnectionStrings:Postgres", connectionString)
                .UseSetting("Storage:PostgresSchema", stateSchema)
                .UseSetting("Triage:PostgresSchema", triageSchema));
            Assert.IsNotType<InMemoryConversationLog>(factory.Services.GetRequiredService<IConversationLog>());
            var tables = new PostgresTables(connectionString, stateSchema, factory.Services.GetRequiredService<TriageDatabase>());

            // The log's own table: nothing up to the "yes" is left, only the bot's answer to it (one row, read as the
            // history in the scenario); the conversation row (ids and the watermark counter) stays until retention.
            await RunScenarioAsync(factory, tables, async () => Assert.Single(await tables.ActivityIdsAsync(UserId)));
        }
        finally
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{stateSchema}\" CASCADE; DROP SCHEMA IF EXISTS \"{triageSchema}\" CASCADE;", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static async Task RunScenarioAsync(WebApplicationFactory<Program> factory, ITables tables, Func<Task>? afterDeletion = null)
    {
        var content = factory.Services.GetRequiredService<TriageChatContent>();
        var messages = factory.Services.GetRequiredService<MessageCatalog>();
        var parent = new DirectLineParent(factory.CreateClient(), Secret, UserId);
        await parent.StartAsync();
        await ToSentPacketAsync(parent, content);

        // A reminder for one of the parent's letters, keyed as ReminderPayload.IdFor keys them.
        var reminders = factory.Services.GetRequiredService<IReminderStore>();
        var reminderId = $"directline/users/{UserId}/letters/entry-1";
        await reminders.ScheduleAsync(new Reminder(reminderId, DateTimeOffset.UtcNow.AddDays(10), "{}"));

        // Someone else's rows must survive.
        var neighbour = new DirectLineParent(factory.CreateClient(), Secret, "dl-neighbour");
        await neighbour.StartAsync();
        await neighbour.SayAsync("my son needs help with reading");
        await reminders.ScheduleAsync(new Reminder("directline/users/dl-neighbour/letters/entry-9", DateTimeOffset.UtcNow.AddDays(10), "{}"));

        var packetId = Assert.Single(await factory.Services.GetRequiredService<ITriageDesk>().ListAsync("directline/" + UserId)).PacketId;
        var before = await tables.CountAsync(UserId, parent.ConversationId, packetId);
        Assert.True(before.StateItems >= 2, $"state rows before: {before.StateItems}");
        Assert.Equal(1, before.Reminders);
        Assert.Equal(1, before.Packets);
        Assert.True(before.Outbox >= 1);
        Assert.Equal(0, before.Withdrawals);
        Assert.NotEmpty(await parent.HistoryAsync());

        await parent.SayAsync("delete my data");
        await parent.SayAsync("yes");

        var after = await tables.CountAsync(UserId, parent.ConversationId, packetId);
        // Everything of the parent's is gone; what stays is the record that it was withdrawn (ids only, no content).
        Assert.Equal(new RowCounts(0, 0, 0, 0, 0, 0, Withdrawals: 1), after);
        // What a browser reopening the chat reads: only the answer to "yes".
        var history = await parent.HistoryAsync();
        Assert.Equal(messages["delete.done"], DirectLineParent.Texts(history));
        Assert.All(history, a => Assert.Equal("bot", (string?)a["from"]?["role"]));
        if (afterDeletion is not null)
        {
            await afterDeletion();
        }

        var neighbourAfter = await tables.CountAsync("dl-neighbour", neighbour.ConversationId, Guid.Empty);
        Assert.True(neighbourAfter.StateItems >= 2);
        Assert.Equal(1, neighbourAfter.Reminders);
        Assert.NotEmpty(await neighbour.HistoryAsync());

        // The chat goes on after the deletion, in the same conversation, with a fresh case.
        await parent.SayAsync("hello");
        Assert.Contains(await parent.HistoryAsync(), a => (string?)a["text"] == "hello");
    }

    private static async Task ToSentPacketAsync(DirectLineParent parent, TriageChatContent content)
    {
        foreach (var text in new[]
        {
            "he got suspended again", "12", "last Monday", "no",
            "talk to an advocate", content["button.consentYes"], "Texas", content["button.skip"], content["button.english"],
            content["button.email"], "sam@example.com", "weekday evenings", content["button.skip"],
            content["button.wordsYes"], Words, content["button.cannotPay"], content["button.send"],
        })
        {
            await parent.SayAsync(text);
        }
    }

    /// <summary>
    /// Rows that belong to one parent, per table (notes, outbox and audit through the packet id). <see cref="Withdrawals"/>
    /// counts apart the one audit row a withdrawal leaves (issue 25): time, actor "family", action "withdrawn" and the
    /// packet's random id — no content — so an advocate's open link can say the family withdrew and what was deleted.
    /// </summary>
    private sealed record RowCounts(long StateItems, long Reminders, long Packets, long Notes, long Outbox, long Audit, long Withdrawals = 0);

    private interface ITables
    {
        Task<RowCounts> CountAsync(string userId, string conversationId, Guid packetId);
    }

    private abstract class Tables(TriageDatabase triage) : ITables
    {
        public async Task<RowCounts> CountAsync(string userId, string conversationId, Guid packetId)
        {
            var state = await OpenStateAsync();
            await using (state)
            {
                var stateItems = await CountAsync(state, $"SELECT count(*) FROM {StateTable("state_items")} WHERE {Contains("key", "@user")} OR {Contains("key", "@conversation")}",
                    ("@user", "/users/" + userId), ("@conversation", "/conversations/" + conversationId));
                var reminders = await CountAsync(state, $"SELECT count(*) FROM {StateTable("reminders")} WHERE {Contains("id", "@prefix")}", ("@prefix", "/users/" + userId + "/"));
                var packet = packetId.ToString("N", CultureInfo.InvariantCulture);
                var connection = await triage.OpenAsync(CancellationToken.None);
                await using (connection)
                {
                    return new RowCounts(
                        stateItems,
                        reminders,
                        await CountAsync(connection, $"SELECT count(*) FROM {triage.Table("packets")} WHERE owner_user_id = @owner OR id = @packet", ("@owner", "directline/" + userId), ("@packet", packet)),
                        await CountAsync(connection, $"SELECT count(*) FROM {triage.Table("notes")} WHERE packet_id = @packet", ("@packet", packet)),
                        await CountAsync(connection, $"SELECT count(*) FROM {triage.Table("outbox")} WHERE packet_id = @packet", ("@packet", packet)),
                        await CountAsync(connection, $"SELECT count(*) FROM {triage.Table("audit")} WHERE packet_id = @packet AND NOT (action = @withdrawn AND actor = @family)",
                            ("@packet", packet), ("@withdrawn", AuditTrail.WithdrawnAction), ("@family", AuditTrail.FamilyActor)),
                        await CountAsync(connection, $"SELECT count(*) FROM {triage.Table("audit")} WHERE packet_id = @packet AND action = @withdrawn AND actor = @family",
                            ("@packet", packet), ("@withdrawn", AuditTrail.WithdrawnAction), ("@family", AuditTrail.FamilyActor)));
                }
            }
        }

        protected abstract Task<DbConnection> OpenStateAsync();

        protected abstract string StateTable(string name);

        protected abstract string Contains(string column, string parameter);

        protected static async Task<long> CountAsync(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }

            return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }
    }

    private sealed class SqliteTables(string stateFile, TriageDatabase triage) : Tables(triage)
    {
        protected override async Task<DbConnection> OpenStateAsync()
        {
            var connection = new SqliteConnection($"Data Source={stateFile};Pooling=False");
            await connection.OpenAsync();
            return connection;
        }

        protected override string StateTable(string name) => name;

        protected override string Contains(string column, string parameter) => $"instr({column}, {parameter}) > 0";
    }

    private sealed class PostgresTables(string connectionString, string schema, TriageDatabase triage) : Tables(triage)
    {
        protected override async Task<DbConnection> OpenStateAsync()
        {
            var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            return connection;
        }

        protected override string StateTable(string name) => $"\"{schema}\".{name}";

        protected override string Contains(string column, string parameter) => $"strpos({column}, {parameter}) > 0";

        /// <summary>The ids of the stored Direct Line activities of the user's conversations.</summary>
        public async Task<IReadOnlyList<string>> ActivityIdsAsync(string userId)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                $"SELECT a.activity_id FROM \"{schema}\".directline_activities a JOIN \"{schema}\".directline_conversations c USING (conversation_id) WHERE c.user_id = $1 ORDER BY a.sequence;", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = userId });
            var ids = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetString(0));
            }

            return ids;
        }
    }
}
