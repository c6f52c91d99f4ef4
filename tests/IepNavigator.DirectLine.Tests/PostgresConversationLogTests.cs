using System.Globalization;
using IepNavigator.DirectLine.Conversations;
using IepNavigator.DirectLine.Conversations.Postgres;
using IepNavigator.Tests.Shared;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace IepNavigator.DirectLine.Tests;

/// <summary>
/// The PostgreSQL log against a real server, in a fresh schema per test. Two log objects on one database stand for
/// two host instances behind a load balancer: what one appends, the other reads, with the same watermarks.
/// </summary>
public sealed class PostgresConversationLogTests : IAsyncLifetime
{
    private readonly string _schema = "dl_" + Guid.NewGuid().ToString("N");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 9, 1, 15, 0, 0, TimeSpan.Zero));
    private readonly EphemeralDataProtectionProvider _keys = new();
    private readonly List<PostgresConversationLog> _logs = [];
    private string _connectionString = "";

    public async Task InitializeAsync() => _connectionString = await TestPostgres.ConnectionStringAsync();

    public async Task DisposeAsync()
    {
        foreach (var log in _logs)
        {
            await log.DisposeAsync();
        }

        if (_connectionString.Length > 0)
        {
            await ScalarAsync($"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE;");
        }
    }

    [Fact]
    public async Task TwoInstances_ShareOneSequence_AndWatermarksWorkAcrossThem()
    {
        var first = Open();
        var second = Open();
        var (created, isNew) = await first.GetOrCreateAsync("c1", "u1", default);
        var (seen, isNewAgain) = await second.GetOrCreateAsync("c1", "someone-else", default);
        Assert.True(isNew);
        Assert.False(isNewAgain);
        Assert.Equal("u1", seen.UserId);
        Assert.Equal(created.CreatedAt, seen.CreatedAt);

        var one = await first.AppendAsync("c1", Message("one"), store: true, default);
        var typing = await second.AppendAsync("c1", new Activity(ActivityTypes.Typing), store: false, default);
        var two = await second.AppendAsync("c1", Message("two"), store: true, default);
        Assert.Equal(["c1|0000001", "c1|0000002", "c1|0000003"], new[] { one, typing, two }.Select(a => a.Activity.Id));
        Assert.False(typing.Stored);

        var page = await second.ReadAfterAsync("c1", null, default);
        Assert.Equal(["one", "two"], page.Activities.Select(a => a.Text));
        Assert.Equal(3, page.Watermark);

        var three = await second.AppendAsync("c1", Message("three"), store: true, default);
        var next = await first.ReadAfterAsync("c1", page.Watermark, default);
        Assert.Equal(["three"], next.Activities.Select(a => a.Text));
        Assert.Equal(three.Sequence, next.Watermark);
        Assert.Empty((await first.ReadAfterAsync("c1", next.Watermark, default)).Activities);
        Assert.Equal(next.Watermark, (await first.ReadAfterAsync("c1", next.Watermark, default)).Watermark);
    }

    [Fact]
    public async Task ConcurrentAppends_FromTwoInstances_GetDistinctSequences_AndReadInOrder()
    {
        var logs = new[] { Open(), Open() };
        await logs[0].GetOrCreateAsync("busy", "u1", default);

        var appended = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            logs[i % 2].AppendAsync("busy", Message(i.ToString(CultureInfo.InvariantCulture)), store: true, default)));

        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long)i), appended.Select(a => a.Sequence).Order());
        var page = await logs[1].ReadAfterAsync("busy", null, default);
        Assert.Equal(40, page.Activities.Count);
        Assert.Equal(40, page.Watermark);
        var stamps = page.Activities.Select(a => a.Timestamp!.Value).ToList();
        Assert.Equal(stamps.Order(), stamps);
        Assert.Equal(stamps.Count, stamps.Distinct().Count());
    }

    [Fact]
    public async Task Timestamps_NeverGoBack_WhenAnInstanceClockIsBehind()
    {
        var ahead = Open();
        var behindClock = new FakeTimeProvider(_clock.GetUtcNow() - TimeSpan.FromMinutes(5));
        var behind = Open(behindClock);
        await ahead.GetOrCreateAsync("c", "u", default);

        var first = await ahead.AppendAsync("c", Message("a"), store: true, default);
        var second = await behind.AppendAsync("c", Message("b"), store: true, default);

        Assert.True(second.Activity.Timestamp > first.Activity.Timestamp);
        var read = await ahead.ReadAfterAsync("c", null, default);
        Assert.Equal([first.Activity.Timestamp, second.Activity.Timestamp], read.Activities.Select(a => a.Timestamp));
    }

    [Fact]
    public async Task Activities_AreStoredEncrypted_AndReadBackIntact()
    {
        var log = Open();
        await log.GetOrCreateAsync("c", "u", default);
        // Parsed as the channel parses a posted body: dates in channelData stay as written.
        var message = ActivityJson.Deserialize(
            """{"type":"message","text":"Quillonia reads two grades behind","channelData":{"clientActivityID":"abc","when":"2026-09-01T10:00:00-04:00"}}""");

        await log.AppendAsync("c", message, store: true, default);

        var stored = (string)(await ScalarAsync($"SELECT document FROM \"{_schema}\".directline_activities;"))!;
        Assert.DoesNotContain("Quillonia", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("clientActivityID", stored, StringComparison.Ordinal);
        var read = Assert.Single((await Open().ReadAfterAsync("c", null, default)).Activities);
        Assert.Equal("Quillonia reads two grades behind", read.Text);
        Assert.Equal("2026-09-01T10:00:00-04:00", (string?)((Newtonsoft.Json.Linq.JObject)read.ChannelData)["when"]);
    }

    [Fact]
    public async Task ReplaceAndDelete_WorkFromEitherInstance()
    {
        var first = Open();
        var second = Open();
        await first.GetOrCreateAsync("c", "u", default);
        var original = await first.AppendAsync("c", Message("draft"), store: true, default);
        _clock.Advance(TimeSpan.FromMinutes(1));

        var edit = Message("final");
        edit.Id = original.Activity.Id;
        var replaced = await second.ReplaceAsync("c", edit, default);

        Assert.NotNull(replaced);
        Assert.True(replaced.Replacement);
        Assert.Equal(original.Activity.Timestamp, replaced.Activity.Timestamp);
        Assert.Equal(["final"], (await first.ReadAfterAsync("c", null, default)).Activities.Select(a => a.Text));
        Assert.Null(await second.ReplaceAsync("c", new Activity(ActivityTypes.Message) { Id = "c|0000099" }, default));

        Assert.True(await second.DeleteAsync("c", original.Activity.Id, default));
        Assert.False(await first.DeleteAsync("c", original.Activity.Id, default));
        Assert.Empty((await first.ReadAfterAsync("c", null, default)).Activities);
    }

    [Fact]
    public async Task KeepsOnlyTheNewestActivities_ButWatermarksKeepCounting()
    {
        var log = Open(maxPerConversation: 3);
        await log.GetOrCreateAsync("c", "u", default);
        for (var i = 1; i <= 5; i++)
        {
            await log.AppendAsync("c", Message(i.ToString(CultureInfo.InvariantCulture)), store: true, default);
        }

        var page = await log.ReadAfterAsync("c", null, default);
        Assert.Equal(["3", "4", "5"], page.Activities.Select(a => a.Text));
        Assert.Equal(5, page.Watermark);
    }

    [Fact]
    public async Task DeleteConversation_RemovesItAndItsActivities_ForEveryInstance()
    {
        var first = Open();
        var second = Open();
        await first.GetOrCreateAsync("gone", "u", default);
        await first.GetOrCreateAsync("kept", "u", default);
        await first.AppendAsync("gone", Message("a"), store: true, default);
        await first.AppendAsync("kept", Message("b"), store: true, default);

        Assert.True(await second.DeleteConversationAsync("gone", default));

        Assert.Null(await first.FindAsync("gone", default));
        Assert.False(await first.DeleteConversationAsync("gone", default));
        Assert.Equal(0L, await ScalarAsync($"SELECT count(*) FROM \"{_schema}\".directline_activities WHERE conversation_id = 'gone';"));
        Assert.Equal(["b"], (await second.ReadAfterAsync("kept", null, default)).Activities.Select(a => a.Text));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => first.AppendAsync("gone", Message("c"), store: true, default));
    }

    [Fact]
    public async Task EraseUser_ClearsEveryConversationOfTheUser_UpToTheConfirmation()
    {
        var log = Open();
        await log.GetOrCreateAsync("older", "u", default);
        await log.GetOrCreateAsync("current", "u", default);
        await log.GetOrCreateAsync("other", "v", default);
        await log.AppendAsync("older", Message("old case"), store: true, default);
        await log.AppendAsync("other", Message("not theirs"), store: true, default);
        await log.AppendAsync("current", Message("delete my data"), store: true, default);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var yes = await log.AppendAsync("current", Message("yes"), store: true, default);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await log.AppendAsync("current", Message("done"), store: true, default);

        var erased = await Open().EraseUserAsync("u", yes.Activity.Timestamp!.Value, default);

        Assert.Equal(["current", "older"], erased.Order(StringComparer.Ordinal));
        Assert.Empty((await log.ReadAfterAsync("older", null, default)).Activities);
        var current = await log.ReadAfterAsync("current", null, default);
        Assert.Equal(["done"], current.Activities.Select(a => a.Text));
        Assert.Equal(3, current.Watermark);
        Assert.Equal(["not theirs"], (await log.ReadAfterAsync("other", null, default)).Activities.Select(a => a.Text));
        var next = await log.AppendAsync("current", Message("hello again"), store: true, default);
        Assert.Equal(4, next.Sequence);
    }

    [Fact]
    public async Task DeleteIdle_RemovesOnlyConversationsQuietSinceTheCutoff()
    {
        var log = Open();
        await log.GetOrCreateAsync("quiet", "u", default);
        await log.AppendAsync("quiet", Message("a"), store: true, default);
        _clock.Advance(TimeSpan.FromDays(10));
        await log.GetOrCreateAsync("busy", "u", default);
        await log.AppendAsync("busy", Message("b"), store: true, default);

        Assert.Equal(1, await log.DeleteIdleAsync(_clock.GetUtcNow() - TimeSpan.FromDays(5), default));

        Assert.Null(await log.FindAsync("quiet", default));
        Assert.NotNull(await log.FindAsync("busy", default));
        Assert.Equal(1L, await ScalarAsync($"SELECT count(*) FROM \"{_schema}\".directline_activities;"));
    }

    [Fact]
    public async Task InMemoryLog_EraseUserAndDeleteIdle_BehaveTheSame()
    {
        var log = new InMemoryConversationLog(Options.Create(new DirectLineOptions()), _clock);
        await log.GetOrCreateAsync("older", "u", default);
        await log.GetOrCreateAsync("current", "u", default);
        await log.AppendAsync("older", Message("old case"), store: true, default);
        var yes = await log.AppendAsync("current", Message("yes"), store: true, default);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await log.AppendAsync("current", Message("done"), store: true, default);

        var erased = await log.EraseUserAsync("u", yes.Activity.Timestamp!.Value, default);

        Assert.Equal(["current", "older"], erased.Order(StringComparer.Ordinal));
        Assert.Empty((await log.ReadAfterAsync("older", null, default)).Activities);
        Assert.Equal(["done"], (await log.ReadAfterAsync("current", null, default)).Activities.Select(a => a.Text));

        _clock.Advance(TimeSpan.FromDays(10));
        await log.AppendAsync("current", Message("back"), store: true, default);
        Assert.Equal(1, await log.DeleteIdleAsync(_clock.GetUtcNow() - TimeSpan.FromDays(5), default));
        Assert.Null(await log.FindAsync("older", default));
        Assert.True(await log.DeleteConversationAsync("current", default));
        Assert.Null(await log.FindAsync("current", default));
    }

    private PostgresConversationLog Open(TimeProvider? clock = null, int maxPerConversation = 200)
    {
        var log = new PostgresConversationLog(
            _connectionString, _schema, _keys, Options.Create(new DirectLineOptions { MaxActivitiesPerConversation = maxPerConversation }), clock ?? _clock);
        _logs.Add(log);
        return log;
    }

    private static Activity Message(string text) => new(ActivityTypes.Message) { Text = text, From = new ChannelAccount("u", role: RoleTypes.User) };

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
