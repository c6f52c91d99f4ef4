using System.Diagnostics;

namespace IepNavigator.Triage.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server for these tests: IEPNAV_TEST_POSTGRES, or the throwaway cluster of
/// eng/postgres/start-test-cluster.sh (same approach as the storage tests). Never skips.
/// </summary>
internal static class TestPostgres
{
    private const string EnvironmentVariable = "IEPNAV_TEST_POSTGRES";
    private static readonly Lazy<Task<string>> Server = new(FindAsync);

    public static Task<string> ConnectionStringAsync() => Server.Value;

    private static async Task<string> FindAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var script = RepositoryFile("eng/postgres/start-test-cluster.sh");
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
                $"Set {EnvironmentVariable} or install PostgreSQL so {script} can start a cluster; it exited with {process.ExitCode}: {await errors}");
        }

        // The script prints: export IEPNAV_TEST_POSTGRES='<connection string>'
        return lines[^1][(lines[^1].IndexOf('=', StringComparison.Ordinal) + 1)..].Trim('\'', '"');
    }

    private static string RepositoryFile(string relativePath)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"Run the tests from the repository so {relativePath} is found, or set {EnvironmentVariable}.");
    }
}
