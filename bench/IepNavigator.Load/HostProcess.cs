using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace IepNavigator.Load;

/// <summary>
/// The real host as a separate process (dotnet IepNavigator.Web.dll) on a loopback port with its own data folder,
/// so the numbers include Kestrel, the adapter and the store exactly as deployed.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly Stopwatch sinceStart;

    private HostProcess(Process process, Uri address, Stopwatch sinceStart)
    {
        this.process = process;
        this.sinceStart = sinceStart;
        Address = address;
    }

    public Uri Address { get; }
    public int ProcessId => process.Id;

    /// <summary>Starts the host; <paramref name="settings"/> (environment-variable names) override the defaults below.</summary>
    public static HostProcess Start(string hostDll, string dataDirectory, string botMode, IReadOnlyDictionary<string, string>? settings = null)
    {
        var port = FreeLoopbackPort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet", [hostDll])
        {
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var environment = start.Environment;
        // Unprefixed "Urls" outranks the repository's appsettings.json (which names port 3978); ASPNETCORE_URLS does not.
        environment["Urls"] = address.ToString().TrimEnd('/');
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        environment["DOTNET_ENVIRONMENT"] = "Production";
        environment["Storage__Provider"] = "Sqlite";
        environment["Storage__DataDirectory"] = dataDirectory;
        environment["Bot__Mode"] = botMode;
        // The driver posts unsigned activities naming http://localhost/ (deliveryMode expectReplies): Production refuses
        // both unless the host says so (Bot:AllowAnonymous, Bot:AllowedServiceUrls).
        environment["Bot__AllowAnonymous"] = "true";
        environment["Bot__AllowedServiceUrls__0"] = "http://localhost/";
        // Selects Bot:Mode even on a build whose Program.cs does not call AddBotMode (see Benchmarking/BotModeHostingStartup).
        environment["ASPNETCORE_HOSTINGSTARTUPASSEMBLIES"] = "IepNavigator.Web";
        // All load comes from one loopback address and a few hundred users: the limiter stays in the path but never refuses.
        environment["Limits__PermitsPerIpPerWindow"] = "100000000";
        environment["Limits__PermitsPerUserPerWindow"] = "100000000";
        environment["Logging__LogLevel__Default"] = "Warning";
        environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";
        // One line per entry, so a failed turn's exception type and stack reach our stderr in one piece.
        environment["Logging__Console__FormatterName"] = "simple";
        environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the host.");
        // Drain its output so a chatty host never blocks on a full pipe; show errors (the host logs no message text).
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is { } data && (data.StartsWith("fail", StringComparison.Ordinal) || data.StartsWith("crit", StringComparison.Ordinal)
                || (data.StartsWith("warn", StringComparison.Ordinal) && data.Contains("DirectLine", StringComparison.Ordinal))))
            {
                Console.Error.WriteLine("host: " + data);
            }
        };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is { Length: > 0 })
            {
                Console.Error.WriteLine("host: " + line.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new HostProcess(process, address, clock);
    }

    /// <summary>Sends "hi" in a new conversation until a reply comes back; returns the time since the process was started.</summary>
    public async Task<TimeSpan> WaitForFirstAnsweredTurnAsync(TurnSender sender, TimeSpan within)
    {
        using var deadline = new CancellationTokenSource(within);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {process.ExitCode} while starting.");
            }
            try
            {
                // A new conversation each time: the store of a restarted host already knows the earlier ones.
                var probe = "startup-probe-" + Guid.NewGuid().ToString("N");
                var result = await sender.SendAsync(probe, probe, "hi", deadline.Token).ConfigureAwait(false);
                if (result.Ok && result.Replies > 0)
                {
                    return sinceStart.Elapsed;
                }
            }
            catch (TaskCanceledException) when (!deadline.IsCancellationRequested)
            {
                // the port is not open yet
            }
            await Task.Delay(TimeSpan.FromMilliseconds(10), deadline.Token).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Polls /readyz until it answers 200 (the store answers and the start-up warm-up is done: what a load balancer waits
    /// for before it sends the first parent); returns the time since the process was started.
    /// </summary>
    public async Task<TimeSpan> WaitForReadyAsync(HttpClient http, TimeSpan within)
    {
        using var deadline = new CancellationTokenSource(within);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {process.ExitCode} while starting.");
            }
            try
            {
                using var ready = await http.GetAsync(new Uri("/readyz", UriKind.Relative), deadline.Token).ConfigureAwait(false);
                if (ready.IsSuccessStatusCode)
                {
                    return sinceStart.Elapsed;
                }
            }
            catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !deadline.IsCancellationRequested))
            {
                // not listening yet
            }
            await Task.Delay(TimeSpan.FromMilliseconds(10), deadline.Token).ConfigureAwait(false);
        }
    }

    /// <summary>Peak resident set (VmHWM) and current resident set (VmRSS), in MB, from /proc.</summary>
    public (double PeakMb, double CurrentMb) Memory()
    {
        double peak = 0, current = 0;
        foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line) / 1024.0;
            }
            else if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                current = Kilobytes(line) / 1024.0;
            }
        }
        return (peak, current);
    }

    /// <summary>
    /// CPU time the host has used so far (user + system, from /proc/&lt;pid&gt;/stat): per turn, it compares the two bots
    /// fairly even on a machine whose other processes take most of the cores.
    /// </summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / (double)ClockTicksPerSecond);
    }

    /// <summary>USER_HZ: 100 on every Linux the project runs on.</summary>
    private const int ClockTicksPerSecond = 100;

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().ConfigureAwait(false);
        }
        process.Dispose();
    }
}
