using System.Diagnostics;

namespace IepNavigator.Tests.Shared;

/// <summary>
/// The PostgreSQL server the tests use: IEPNAV_TEST_POSTGRES when set, otherwise a throwaway cluster
/// started by eng/postgres/start-test-cluster.sh. When neither works the tests fail (never skip):
/// CI must prove both stores. One source file, linked into every test project that needs PostgreSQL.
/// </summary>
internal static class TestPostgres
{
    public const string EnvironmentVariable = "IEPNAV_TEST_POSTGRES";

    private static readonly Lazy<Task<string>> Server = new(FindServerAsync);

    public static Task<string> ConnectionStringAsync() => Server.Value;

    private static async Task<string> FindServerAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var script = FindScript();
        using var process = Process.Start(new ProcessStartInfo("bash", [script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("Could not run bash to start the PostgreSQL test cluster.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (process.ExitCode != 0 || lines.Length == 0)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL tests need a server. Set {EnvironmentVariable} to a connection string, or install the "
                + $"PostgreSQL binaries (apt-get install postgresql) so {script} can start one. It exited with "
                + $"{process.ExitCode}: {await errors}");
        }

        // The script prints: export IEPNAV_TEST_POSTGRES='<connection string>'
        return lines[^1][(lines[^1].IndexOf('=', StringComparison.Ordinal) + 1)..].Trim('\'', '"');
    }

    private static string FindScript()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "eng", "postgres", "start-test-cluster.sh");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"The PostgreSQL tests need a server: set {EnvironmentVariable}, or run them from the repository so eng/postgres/start-test-cluster.sh is found.");
    }
}
