using System.Diagnostics;
using System.Security.Cryptography;
using IepNavigator.DirectLine.Conversations.Postgres;
using IepNavigator.DirectLine.Tests.TestHost;
using IepNavigator.Tests.Shared;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Npgsql;

namespace IepNavigator.DirectLine.Tests;

/// <summary>
/// Two host instances on one PostgreSQL (Storage:Provider=Postgres), no sticky sessions: the widget's WebSocket is on
/// instance A while its POSTs land on instance B. What B's turn produces reaches A's socket live (LISTEN/NOTIFY),
/// without reconnecting, in order, with watermarks that only grow.
/// </summary>
public sealed class CrossInstanceTests : IAsyncLifetime
{
    private readonly string _schema = "dlx_" + Guid.NewGuid().ToString("N");
    private readonly EphemeralDataProtectionProvider _keys = new();
    private readonly string _signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private string _connectionString = "";

    public async Task InitializeAsync() => _connectionString = await TestPostgres.ConnectionStringAsync();

    public async Task DisposeAsync()
    {
        if (_connectionString.Length > 0)
        {
            await using var connection = new NpgsqlConnection(_connectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE;", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    [Fact]
    public async Task ReplyProducedOnInstanceB_ReachesTheSocketOnInstanceA_WithoutReconnecting()
    {
        await using var a = await StartInstanceAsync();
        await using var b = await StartInstanceAsync();
        var onA = await Session.StartAsync(a);
        var onB = new Session(b, onA.ConversationId, onA.Token, onA.StreamUrl);
        await using var stream = await StreamClient.OpenAsync(a, onA.StreamUrl);

        var clock = Stopwatch.StartNew();
        var id = await onB.PostAsync(Session.Message("hello from B", "c1"));
        var seen = await stream.ReadUntilAsync(x => (string?)x["text"] == "echo: hello from B");

        Assert.Equal(["hello from B", "echo: hello from B"], seen.Select(x => (string)x["text"]!));
        Assert.Equal(id, (string)seen[0]["id"]!);
        Assert.Equal("c1", (string)seen[0]["channelData"]!["clientActivityID"]!);
        Assert.Equal(id, (string)seen[1]["replyToId"]!);
        // The reply's id and time are assigned inside B's append and travel in the notice, not in its document: A's
        // socket shows the log's own id and a time no earlier than the message it answers (Web Chat sorts by it).
        var messageSequence = long.Parse(id.Split('|')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"{onA.ConversationId}|{messageSequence + 1:D7}", (string)seen[1]["id"]!);
        Assert.True((DateTimeOffset)seen[1]["timestamp"]! >= (DateTimeOffset)seen[0]["timestamp"]!);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed.TotalMilliseconds:F0} ms");
        Assert.DoesNotContain(a.Bot.Received, r => r.Text == "hello from B"); // B ran the turn, not A

        // The same socket, still open, gets the next turn from A too, then B's typing, each once and in order.
        await onA.PostAsync(Session.Message("hello from A", "c2"));
        await onB.PostAsync(Session.Message("typing", "c3"));
        var more = await stream.ReadUntilAsync(x => (string?)x["text"] == "typed");
        Assert.Equal(["hello from A", "echo: hello from A", "typing", null, "typed"], more.Select(x => (string?)x["text"]));
        Assert.Equal("typing", (string)more[3]["type"]!);
    }

    [Fact]
    public async Task AnEditOnB_AndAReplyTooLargeToRideTheNotice_ReachTheSocketOnA()
    {
        await using var a = await StartInstanceAsync();
        await using var b = await StartInstanceAsync();
        var onA = await Session.StartAsync(a);
        var onB = new Session(b, onA.ConversationId, onA.Token, onA.StreamUrl);
        await using var stream = await StreamClient.OpenAsync(a, onA.StreamUrl);

        await onB.PostAsync(Session.Message("edit", "c1"));
        var edited = await stream.ReadUntilAsync(x => (string?)x["text"] == "final");
        Assert.Equal(["edit", "draft", "final"], edited.Select(x => (string)x["text"]!));
        Assert.Equal((string)edited[1]["id"]!, (string)edited[2]["id"]!); // the same activity, replaced

        // Past NOTIFY's 8000-byte payload: the listener reads it back from the shared log instead.
        var longText = new string('x', 9000);
        await onB.PostAsync(Session.Message(longText, "c2"));
        var big = await stream.ReadUntilAsync(x => (string?)x["text"] == "echo: " + longText);
        Assert.Equal([longText, "echo: " + longText], big.Select(x => (string)x["text"]!));
    }

    [Fact]
    public async Task WatermarksOnTheSocket_OnlyGrow_WhenInstancesInterleave()
    {
        await using var a = await StartInstanceAsync();
        await using var b = await StartInstanceAsync();
        var onA = await Session.StartAsync(a);
        var onB = new Session(b, onA.ConversationId, onA.Token, onA.StreamUrl);
        await using var stream = await StreamClient.OpenAsync(a, onA.StreamUrl);

        var posts = Enumerable.Range(0, 6).Select(i => (i % 2 == 0 ? onA : onB).PostAsync(Session.Message("m" + i, "c" + i))).ToList();
        await Task.WhenAll(posts);
        var marks = new List<long>();
        var texts = new HashSet<string>();
        while (texts.Count < 12)
        {
            var frame = await stream.ReadFrameAsync();
            foreach (var activity in (JArray)frame!["activities"]!)
            {
                Assert.True(texts.Add((string)activity["text"]!), $"delivered twice: {activity["text"]}");
            }

            if ((string?)frame["watermark"] is { } mark)
            {
                marks.Add(long.Parse(mark, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        Assert.Equal(marks.Order(), marks);
        Assert.Equal(12, marks.Max());
    }

    private async Task<DirectLineTestHost> StartInstanceAsync()
    {
        var host = await DirectLineTestHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Postgres",
                ["ConnectionStrings:Postgres"] = _connectionString,
                ["Storage:PostgresSchema"] = _schema,
                // Every instance shares the token key and the Data Protection keys, as a deployment must.
                ["DirectLine:SigningKey"] = _signingKey,
                ["DirectLine:MaxActivityBytes"] = "65536",
            },
            services => services.AddSingleton<IDataProtectionProvider>(_keys));
        await host.Services.GetRequiredService<ConversationFeedListener>().Listening.WaitAsync(TimeSpan.FromSeconds(10));
        return host;
    }
}
