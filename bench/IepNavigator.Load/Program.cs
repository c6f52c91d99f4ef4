using System.Globalization;
using IepNavigator.Load;

// bench/load: the host under scripted parent conversations, against an echo bot on the same adapter and store.
// bench/push: the live push across two instances on one PostgreSQL (PushBenchmark).
if (args.Length > 0 && args[0] == "push")
{
    await PushBenchmark.RunAsync(args[1..]);
    return;
}

var options = LoadOptions.Parse(args);
var scripts = ConversationScripts.Load();
var runId = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
var dataDirectory = options.DataDirectory ?? Path.Combine(Path.GetTempPath(), "iepnav-load-" + runId);
Directory.CreateDirectory(dataDirectory);
var hostSettings = string.Join(' ', options.HostSettings.Select(setting => setting.Key + "=" + setting.Value));
var measured = TimeSpan.FromSeconds(options.Seconds);
var warmup = TimeSpan.FromSeconds(options.WarmupSeconds);
Console.WriteLine(FormattableString.Invariant(
    $"load: {options.Conversations} conversations, {options.Seconds} s per phase, think {options.ThinkMs} ms (paced phase), {options.SeedCases} seeded cases, data {dataDirectory}{(hostSettings.Length > 0 ? ", host " + hostSettings : "")}"));

try
{
    if (options.SeedCases > 0)
    {
        await using var seeding = HostProcess.Start(options.HostDll, dataDirectory, "Navigator");
        using var seedHttp = Http(seeding.Address, 64);
        var seedSender = new TurnSender(seedHttp);
        await seeding.WaitForFirstAnsweredTurnAsync(seedSender, TimeSpan.FromSeconds(60));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var seeded = await Seeder.SeedAsync(seedSender, scripts, options.SeedCases, parallelism: 16);
        Console.WriteLine(FormattableString.Invariant($"seeded {seeded} of {options.SeedCases} cases through /api/messages in {clock.Elapsed.TotalSeconds:F1} s"));
    }

    if (options.Modes != "both")
    {
        // One bot alone (A/B of a host setting): its own lines only; the ratio needs both bots in the same run.
        var alone = options.Modes == "guided" ? await MeasureAsync("Navigator", "guided") : await MeasureAsync("Echo", "echo");
        Console.WriteLine("  " + alone.Saturated);
        Console.WriteLine("  " + alone.Paced);
        Console.WriteLine(FormattableString.Invariant(
            $"{options.Modes}: first_turn_ms={alone.FirstTurn.TotalMilliseconds:F0} first_turn_cpu_ms={alone.FirstTurnCpu.TotalMilliseconds:F0} first_turn_rss_mb={alone.FirstTurnRssMb:F0} ready_ms={alone.Ready.TotalMilliseconds:F0} turn_when_ready_ms={alone.TurnWhenReady.TotalMilliseconds:F0} rss_mb={alone.PeakMb:F0} cpu_ms_per_turn={alone.CpuMsPerTurn:F2} p99_ms={alone.Paced.P99:F1} turns_per_s={alone.Saturated.TurnsPerSecond:F0}; load average {LoadAverage()}"));
        return;
    }

    var guided = await MeasureAsync("Navigator", "guided");
    var echo = await MeasureAsync("Echo", "echo");

    var ratio = guided.Saturated.TurnsPerSecond / echo.Saturated.TurnsPerSecond;
    Console.WriteLine();
    Console.WriteLine("closed loop (no think time): throughput");
    Console.WriteLine("  " + guided.Saturated);
    Console.WriteLine("  " + echo.Saturated);
    Console.WriteLine(FormattableString.Invariant($"paced ({options.ThinkMs} ms think time, {options.Conversations} conversations): latency"));
    Console.WriteLine("  " + guided.Paced);
    Console.WriteLine("  " + echo.Paced);
    Console.WriteLine(FormattableString.Invariant($"throughput ratio guided/echo = {ratio:F2} (target >= 0.80)"));
    Console.WriteLine(FormattableString.Invariant(
        $"host CPU per turn (closed loop): guided {guided.CpuMsPerTurn:F2} ms, echo {echo.CpuMsPerTurn:F2} ms, ratio echo/guided = {echo.CpuMsPerTurn / guided.CpuMsPerTurn:F2} (the throughput ratio on an otherwise idle machine); load average {LoadAverage()}"));
    Console.WriteLine(FormattableString.Invariant($"guided p99 at {options.Conversations} paced conversations = {guided.Paced.P99:F1} ms (target <= 50); closed-loop p99 = {guided.Saturated.P99:F1} ms"));
    Console.WriteLine(FormattableString.Invariant($"first answered turn after process start: guided {guided.FirstTurn.TotalMilliseconds:F0} ms, echo {echo.FirstTurn.TotalMilliseconds:F0} ms (target <= 2000; issue 16: <= 1500)"));
    Console.WriteLine(FormattableString.Invariant(
        $"host CPU time and RSS at that answer: guided {guided.FirstTurnCpu.TotalMilliseconds:F0} ms, {guided.FirstTurnRssMb:F0} MB; echo {echo.FirstTurnCpu.TotalMilliseconds:F0} ms, {echo.FirstTurnRssMb:F0} MB"));
    Console.WriteLine(FormattableString.Invariant(
        $"/readyz after process start: guided {guided.Ready.TotalMilliseconds:F0} ms, echo {echo.Ready.TotalMilliseconds:F0} ms; a first turn on the ready host: guided {guided.TurnWhenReady.TotalMilliseconds:F0} ms, echo {echo.TurnWhenReady.TotalMilliseconds:F0} ms"));
    Console.WriteLine(FormattableString.Invariant($"host peak RSS (VmHWM): guided {guided.PeakMb:F0} MB with {StoredCases()}, echo {echo.PeakMb:F0} MB (target <= 250); guided RSS after load {guided.CurrentMb:F0} MB"));
    Console.WriteLine(FormattableString.Invariant($"ratio={ratio:F2} p99_ms={guided.Paced.P99:F1} rss_mb={guided.PeakMb:F0}"));
}
finally
{
    if (options.DataDirectory is null)
    {
        try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

async Task<ModeResult> MeasureAsync(string mode, string label)
{
    await using var host = HostProcess.Start(options.HostDll, dataDirectory, mode, options.HostSettings);
    using var http = Http(host.Address, options.Conversations + 8);
    var sender = new TurnSender(http);
    // Both from process start, in parallel: the first "hi" answered (probes from the first millisecond, as a parent who
    // finds the port open), and /readyz (what a load balancer waits for); then one more "hi" on the ready host, the
    // first parent's turn behind a load balancer.
    var readyTask = host.WaitForReadyAsync(http, TimeSpan.FromSeconds(120));
    var firstTurn = await host.WaitForFirstAnsweredTurnAsync(sender, TimeSpan.FromSeconds(60));
    // What start-up cost the host itself, whatever else shares the cores: its CPU time and resident set at that answer.
    var firstTurnCpu = host.CpuTime();
    var (_, firstTurnRss) = host.Memory();
    var ready = await readyTask;
    var afterReady = System.Diagnostics.Stopwatch.StartNew();
    var readyProbe = "ready-probe-" + runId + "-" + label;
    var readyTurn = await sender.SendAsync(readyProbe, readyProbe, "hi", CancellationToken.None);
    var turnWhenReady = readyTurn.Ok ? afterReady.Elapsed : TimeSpan.Zero;
    var phase = new LoadPhase(sender, scripts);
    if (warmup > TimeSpan.Zero)
    {
        await phase.RunAsync(label + "-warmup", options.Conversations, warmup, 0, runId);
    }
    var cpuBefore = host.CpuTime();
    var saturated = await phase.RunAsync(label, options.Conversations, measured, 0, runId);
    var cpuPerTurn = (host.CpuTime() - cpuBefore).TotalMilliseconds / Math.Max(1, saturated.Turns);
    var paced = await phase.RunAsync(label + "-paced", options.Conversations, measured, options.ThinkMs, runId);
    var (peak, current) = host.Memory();
    Console.WriteLine(FormattableString.Invariant(
        $"{mode}: first turn {firstTurn.TotalMilliseconds:F0} ms ({firstTurnCpu.TotalMilliseconds:F0} ms of host CPU), ready {ready.TotalMilliseconds:F0} ms, first turn when ready {turnWhenReady.TotalMilliseconds:F0} ms, {saturated.TurnsPerSecond:F0} turns/s, {cpuPerTurn:F2} CPU ms/turn, peak RSS {peak:F0} MB"));
    return new ModeResult(saturated, paced, firstTurn, peak, current, cpuPerTurn, ready, turnWhenReady, firstTurnCpu, firstTurnRss);
}

// A kept --data folder was seeded by an earlier run: this run cannot say how many cases it holds.
string StoredCases() => options.SeedCases > 0 || options.DataDirectory is null
    ? FormattableString.Invariant($"{options.SeedCases} stored cases")
    : "the stored cases of --data";

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

static HttpClient Http(Uri address, int connections) =>
    new(new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseProxy = false })
    {
        BaseAddress = address,
        Timeout = TimeSpan.FromSeconds(30),
    };

internal sealed record ModeResult(
    PhaseResult Saturated, PhaseResult Paced, TimeSpan FirstTurn, double PeakMb, double CurrentMb, double CpuMsPerTurn, TimeSpan Ready, TimeSpan TurnWhenReady,
    TimeSpan FirstTurnCpu, double FirstTurnRssMb);
