using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace IepNavigator.Scale.Tests.Hosting;

/// <summary>
/// One real host (dotnet IepNavigator.Web.dll) on a free 127.0.0.1 port, configured by environment variables
/// only. Disposing kills it, so a failing test never leaves a process behind.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromSeconds(60);
    private readonly Process process;

    private HostProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public bool HasExited => process.HasExited;

    /// <summary>Starts the host with <paramref name="settings"/> (e.g. Storage__Provider) and waits until /readyz answers 200.</summary>
    public static async Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var dll = WebHostBuild.DllPath();
        var address = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}/");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Unprefixed "Urls" outranks the repository's appsettings.json (which names port 3978).
        start.Environment["Urls"] = address.ToString().TrimEnd('/');
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        // Every request comes from one loopback address: the limiter stays in the path but never refuses.
        start.Environment["Limits__PermitsPerIpPerWindow"] = "100000000";
        start.Environment["Limits__PermitsPerUserPerWindow"] = "100000000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // The parents post unsigned activities naming http://localhost/: Production takes them only when told to.
        start.Environment["Bot__AllowAnonymous"] = "true";
        start.Environment["Bot__AllowedServiceUrls__0"] = "http://localhost/";
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the host process.");
        // Drain both pipes so a chatty host never blocks on a full pipe; the text is not kept (it may hold case details).
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, address);
        try
        {
            await host.WaitUntilReadyAsync().ConfigureAwait(false);
            return host;
        }
        catch
        {
            await host.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public HttpClient CreateClient() => new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>SIGKILL: no shutdown hooks, no flush — what a crash or an OOM kill does.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync().ConfigureAwait(false);
        }
        finally
        {
            process.Dispose();
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < ReadyWithin)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {process.ExitCode} while starting.");
            }
            try
            {
                using var response = await http.GetAsync(new Uri("readyz", UriKind.Relative)).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // not answering yet
            }
            // Polling a condition, not synchronising on time: the next probe comes after a short pause.
            await Task.Delay(TimeSpan.FromMilliseconds(100)).ConfigureAwait(false);
        }
        throw new TimeoutException($"The host did not answer /readyz within {ReadyWithin.TotalSeconds} s.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
