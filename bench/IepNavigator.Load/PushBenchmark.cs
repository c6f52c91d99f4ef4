using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;

namespace IepNavigator.Load;

/// <summary>
/// bench/push: the live push across instances (issue 20). Two host processes on one PostgreSQL
/// (Storage:Provider=Postgres, shared signing key and key ring, no sticky sessions). Each paced parent conversation
/// holds its Direct Line WebSocket on instance A and posts its turns (the guided scripts of paths.json) to instance B.
/// Measured: for every bot activity, the hop from its commit on B (witnessed by the driver's own LISTEN on the hosts'
/// channel: NOTIFY goes out at commit) to its arrival on A's socket; from the moment B stamped it
/// (before the append's pool wait) to its arrival on A's socket (one machine, one clock); and from the parent's POST to
/// the first reply on the socket. The same run with the posts on A is the single-instance baseline. Target: hop p95 ≤ 200 ms.
/// </summary>
internal static class PushBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var options = PushOptions.Parse(args);
        var scripts = ConversationScripts.Load();
        var runId = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var schema = "push_" + runId;
        var dataDirectory = Path.Combine(Path.GetTempPath(), "iepnav-push-" + runId);
        Directory.CreateDirectory(dataDirectory);
        var settings = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["ConnectionStrings__Postgres"] = options.Postgres,
            ["Storage__PostgresSchema"] = schema,
            // Every instance must accept the others' tokens.
            ["DirectLine__SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Retention__Enabled"] = "false",
        };
        Console.WriteLine(FormattableString.Invariant(
            $"push: {options.Conversations} paced conversations, think {options.ThinkMs} ms, {options.Seconds} s per phase after {options.WarmupSeconds} s warm-up; schema {schema}"));
        try
        {
            await using var a = HostProcess.Start(options.HostDll, Path.Combine(dataDirectory, "a"), "Navigator", settings);
            // B starts after A has created the schema and the key ring, as a second instance joins a running one.
            await WaitReadyAsync(a.Address);
            await using var b = HostProcess.Start(options.HostDll, Path.Combine(dataDirectory, "b"), "Navigator", settings);
            await WaitReadyAsync(b.Address);
            // One answered turn on each first: the measurement is of the push, not of a cold start's JIT.
            foreach (var host in new[] { a, b })
            {
                using var http = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(30) };
                await host.WaitForFirstAnsweredTurnAsync(new TurnSender(http), TimeSpan.FromSeconds(60));
            }

            // The hosts' channel (PostgresConversationLog.NotifyChannel): the driver listens too, as the commit's witness.
            await using var commits = await CommitWitness.ListenAsync(options.Postgres, ("iepnav_directline_" + schema)[..Math.Min(63, 18 + schema.Length)]);
            var cross = await RunPhaseAsync("A socket, B posts", a.Address, b.Address, options, scripts, commits);
            var same = await RunPhaseAsync("A socket, A posts", a.Address, a.Address, options, scripts, commits);
            Console.WriteLine();
            Console.WriteLine("hop: committed on B (its NOTIFY received by the driver's own LISTEN) -> on A's socket");
            Console.WriteLine("  across instances: " + cross.Hop);
            Console.WriteLine("delivery: bot activity stamped (before the append's pool wait, statement and commit) -> on the parent's socket");
            Console.WriteLine("  across instances: " + cross.Delivery);
            Console.WriteLine("  same instance:    " + same.Delivery);
            Console.WriteLine("reply (end to end): parent's POST sent -> first reply on the socket");
            Console.WriteLine("  across instances: " + cross.Reply);
            Console.WriteLine("  same instance:    " + same.Reply);
            Console.WriteLine(FormattableString.Invariant($"turns {cross.Turns} / {same.Turns}, failed {cross.Failures} / {same.Failures}, load average {LoadAverage()}"));
            Console.WriteLine(FormattableString.Invariant(
                $"hop_p95_ms={cross.Hop.P95:F1} hop_p50_ms={cross.Hop.P50:F1} push_p95_ms={cross.Delivery.P95:F1} same_instance_p95_ms={same.Delivery.P95:F1} reply_p50_ms={cross.Reply.P50:F1} (target hop p95 <= 200)"));
        }
        finally
        {
            await DropSchemaAsync(options.Postgres, schema);
            try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static async Task<PhaseResultSummary> RunPhaseAsync(string label, Uri socketHost, Uri postHost, PushOptions options, ConversationScripts scripts, CommitWitness commits)
    {
        using var socketHttp = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Conversations + 8, UseProxy = false }) { BaseAddress = socketHost, Timeout = TimeSpan.FromSeconds(30) };
        using var postHttp = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Conversations + 8, UseProxy = false }) { BaseAddress = postHost, Timeout = TimeSpan.FromSeconds(30) };
        var stats = new PhaseStats();
        var measureFrom = Stopwatch.GetTimestamp() + (long)(options.WarmupSeconds * Stopwatch.Frequency);
        var endAt = measureFrom + (long)(options.Seconds * Stopwatch.Frequency);
        var parents = Enumerable.Range(0, options.Conversations).Select(i => Task.Run(() =>
            ParentAsync(i, socketHttp, postHttp, scripts.Paths[i % scripts.Paths.Count], options.ThinkMs, measureFrom, endAt, stats, commits)));
        await Task.WhenAll(parents);
        var result = stats.Summarize();
        Console.WriteLine($"{label}: hop {result.Hop}; delivery {result.Delivery}; reply {result.Reply}; turns {result.Turns}, failed {result.Failures}; load average {LoadAverage()}");
        return result;
    }

    /// <summary>One parent: a conversation per script path, its socket on one host, its turns posted to the other.</summary>
    private static async Task ParentAsync(int index, HttpClient socketHttp, HttpClient postHttp, ConversationScripts.ScriptPath path, int thinkMs,
        long measureFrom, long endAt, PhaseStats stats, CommitWitness commits)
    {
        var random = new Random(index);
        // Spread the starts over one think time, as parents arrive.
        await Task.Delay(random.Next(Math.Max(1, thinkMs)));
        while (Stopwatch.GetTimestamp() < endAt)
        {
            try
            {
                await ConversationAsync(socketHttp, postHttp, path, thinkMs, random, measureFrom, endAt, stats, commits);
            }
            catch (Exception e) when (e is HttpRequestException or WebSocketException or TaskCanceledException or JsonException or InvalidOperationException)
            {
                stats.Fail();
            }
        }
    }

    private static async Task ConversationAsync(HttpClient socketHttp, HttpClient postHttp, ConversationScripts.ScriptPath path, int thinkMs, Random random,
        long measureFrom, long endAt, PhaseStats stats, CommitWitness commits)
    {
        using var tokenResponse = await socketHttp.PostAsync(new Uri("/api/widget/token", UriKind.Relative), new StringContent("{}", Encoding.UTF8, "text/plain"));
        tokenResponse.EnsureSuccessStatusCode();
        var issued = JsonNode.Parse(await tokenResponse.Content.ReadAsStringAsync())!;
        var token = (string)issued["token"]!;
        var conversationId = (string)issued["conversationId"]!;
        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations") { Content = new StringContent("{\"user\":{}}", Encoding.UTF8, "application/json") };
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var started = await socketHttp.SendAsync(start);
        started.EnsureSuccessStatusCode();
        var streamUrl = (string)JsonNode.Parse(await started.Content.ReadAsStringAsync())!["streamUrl"]!;

        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        // Across instances, the commit on B is witnessed by the driver's own LISTEN (NOTIFY goes out at commit, to every
        // listener at once): its notice's arrival here minus the activity's arrival on A's socket is the hop the issue is
        // about (committed on B -> on A's socket), on one clock.
        var crossInstance = socketHttp.BaseAddress != postHttp.BaseAddress;
        var sentAt = 0L; // Stopwatch timestamp of the turn waiting for its first reply; 0 = none
        using var stop = new CancellationTokenSource();
        var receiving = Task.Run(() => ReceiveAsync(socket));

        async Task ReceiveAsync(ClientWebSocket from)
        {
            var buffer = new byte[256 * 1024];
            var text = new StringBuilder();
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    var frame = await from.ReceiveAsync(buffer, stop.Token);
                    if (frame.MessageType == WebSocketMessageType.Close)
                    {
                        return;
                    }

                    text.Append(Encoding.UTF8.GetString(buffer, 0, frame.Count));
                    if (!frame.EndOfMessage)
                    {
                        continue;
                    }

                    var arrived = DateTimeOffset.UtcNow;
                    var now = Stopwatch.GetTimestamp();
                    var json = text.ToString();
                    text.Clear();
                    if (json.Length == 0 || now < measureFrom || now > endAt)
                    {
                        continue;
                    }

                    foreach (var activity in JsonNode.Parse(json)!["activities"]!.AsArray())
                    {
                        if ((string?)activity!["from"]?["role"] != "bot" || (string?)activity["type"] == "typing")
                        {
                            continue;
                        }

                        if (crossInstance && (string?)activity["id"] is { } id && commits.TakeCommitted(id) is { } committedAt)
                        {
                            stats.AddHop(Stopwatch.GetElapsedTime(committedAt, now).TotalMilliseconds);
                        }

                        var stamped = DateTimeOffset.Parse((string)activity["timestamp"]!, CultureInfo.InvariantCulture);
                        stats.AddDelivery((arrived - stamped).TotalMilliseconds);
                        var pending = Interlocked.Exchange(ref sentAt, 0);
                        if (pending != 0)
                        {
                            stats.AddReply(Stopwatch.GetElapsedTime(pending, now).TotalMilliseconds);
                        }
                    }
                }
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException)
            {
                // closed
            }
        }

        var step = 0;
        foreach (var said in path.Steps)
        {
            if (Stopwatch.GetTimestamp() >= endAt)
            {
                break;
            }

            var activity = said == ConversationScripts.Join
                ? new JsonObject { ["type"] = "event", ["name"] = "webchat/join", ["value"] = new JsonObject { ["locale"] = "en-US" } }
                : new JsonObject { ["type"] = "message", ["text"] = said, ["locale"] = "en-US" };
            activity["from"] = new JsonObject { ["id"] = "parent", ["role"] = "user" };
            activity["channelData"] = new JsonObject { ["clientActivityID"] = $"c{step++}" };
            using var post = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities")
            {
                Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
            };
            post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            Volatile.Write(ref sentAt, Stopwatch.GetTimestamp());
            using var posted = await postHttp.SendAsync(post);
            if (!posted.IsSuccessStatusCode)
            {
                stats.Fail();
            }
            else if (Stopwatch.GetTimestamp() >= measureFrom)
            {
                stats.Turn();
            }

            await Task.Delay(TimeSpan.FromMilliseconds(thinkMs * (0.5 + random.NextDouble())));
        }

        await stop.CancelAsync();
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // already gone
        }

        await receiving;
    }

    private static async Task WaitReadyAsync(Uri address)
    {
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            try
            {
                using var ready = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException($"The host at {address} did not become ready.");
    }

    private static async Task DropSchemaAsync(string connectionString, string schema)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE;", connection);
            await drop.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException e)
        {
            Console.Error.WriteLine($"could not drop schema {schema}: {e.Message}");
        }
    }

    /// <summary>
    /// The driver's own LISTEN on the hosts' channel: PostgreSQL sends a NOTIFY to every listener when its transaction
    /// commits, so the notice's arrival here is the commit (plus the same delivery A's listener has). Keyed by the
    /// activity id the hosts give it (conversation id, '|', the sequence padded to 7 digits).
    /// </summary>
    private sealed class CommitWitness : IAsyncDisposable
    {
        private readonly ConcurrentDictionary<string, long> _committed = new(StringComparer.Ordinal);
        private readonly NpgsqlConnection _connection;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _listening;

        private CommitWitness(NpgsqlConnection connection)
        {
            _connection = connection;
            _connection.Notification += (_, e) => Record(e.Payload, Stopwatch.GetTimestamp());
            _listening = Task.Run(async () =>
            {
                try
                {
                    while (!_stop.IsCancellationRequested)
                    {
                        await _connection.WaitAsync(_stop.Token);
                    }
                }
                catch (OperationCanceledException)
                {
                    // stopping
                }
            });
        }

        public static async Task<CommitWitness> ListenAsync(string connectionString, string channel)
        {
            var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using (var listen = new NpgsqlCommand($"LISTEN \"{channel}\";", connection))
            {
                await listen.ExecuteNonQueryAsync();
            }

            return new CommitWitness(connection);
        }

        /// <summary>When the activity's commit was announced here (Stopwatch timestamp), once; null if not seen.</summary>
        public long? TakeCommitted(string activityId) => _committed.TryRemove(activityId, out var at) ? at : null;

        private void Record(string payload, long at)
        {
            // instance|kind|sequence|conversationId|stamp[|document]
            var parts = payload.Split('|', 5);
            if (parts.Length >= 4 && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            {
                var padded = sequence.ToString(CultureInfo.InvariantCulture).PadLeft(7, '0');
                _committed[parts[3] + "|" + padded] = at;
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _listening;
            await _connection.DisposeAsync();
            _stop.Dispose();
        }
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private sealed class PhaseStats
    {
        private readonly ConcurrentBag<double> _delivery = [];
        private readonly ConcurrentBag<double> _reply = [];
        private readonly ConcurrentBag<double> _hop = [];
        private int _turns;
        private int _failures;

        public void AddDelivery(double ms) => _delivery.Add(ms);

        public void AddReply(double ms) => _reply.Add(ms);

        public void AddHop(double ms) => _hop.Add(ms);

        public void Turn() => Interlocked.Increment(ref _turns);

        public void Fail() => Interlocked.Increment(ref _failures);

        public PhaseResultSummary Summarize() => new(Percentiles.Of(_delivery), Percentiles.Of(_reply), Percentiles.Of(_hop), _turns, _failures);
    }

    private sealed record PhaseResultSummary(Percentiles Delivery, Percentiles Reply, Percentiles Hop, int Turns, int Failures);

    private sealed record Percentiles(int Count, double P50, double P95, double P99, double Max)
    {
        public static Percentiles Of(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            double At(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
            return new Percentiles(sorted.Length, At(0.50), At(0.95), At(0.99), sorted.Length == 0 ? double.NaN : sorted[^1]);
        }

        public override string ToString() =>
            FormattableString.Invariant($"n={Count} p50 {P50:F1} ms, p95 {P95:F1} ms, p99 {P99:F1} ms, max {Max:F1} ms");
    }

    private sealed record PushOptions(int Conversations, int Seconds, int WarmupSeconds, int ThinkMs, string HostDll, string Postgres)
    {
        public static PushOptions Parse(string[] args)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i + 1 < args.Length; i += 2)
            {
                values[args[i].TrimStart('-')] = args[i + 1];
            }

            int Number(string name, int fallback) => values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
            var postgres = values.GetValueOrDefault("postgres")
                ?? Environment.GetEnvironmentVariable("IEPNAV_TEST_POSTGRES")
                ?? throw new ArgumentException("--postgres <connection string> (or IEPNAV_TEST_POSTGRES) is required.");
            var host = values.TryGetValue("host", out var dll) ? dll : throw new ArgumentException("--host <path of IepNavigator.Web.dll> is required.");
            return new PushOptions(Number("conversations", 100), Number("seconds", 20), Number("warmup-seconds", 5), Number("think-ms", 1000), Path.GetFullPath(host), postgres);
        }
    }
}
