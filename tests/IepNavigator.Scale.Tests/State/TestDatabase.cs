using System.Diagnostics;
using Npgsql;

namespace IepNavigator.Scale.Tests.State;

/// <summary>
/// A PostgreSQL schema of its own for one test run, on IEPNAV_TEST_POSTGRES or the throwaway cluster that
/// eng/postgres/start-test-cluster.sh starts. Dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string EnvironmentVariable = "IEPNAV_TEST_POSTGRES";

    private TestDatabase(string connectionString, string schema)
    {
        ConnectionString = connectionString;
        Schema = schema;
    }

    public string ConnectionString { get; }
    public string Schema { get; }

    /// <summary>Host settings (environment variables) that put a host on this schema.</summary>
    public IReadOnlyDictionary<string, string> HostSettings => new Dictionary<string, string>
    {
        ["Storage__Provider"] = "Postgres",
        ["ConnectionStrings__Postgres"] = ConnectionString,
        ["Storage__PostgresSchema"] = Schema,
    };

    public static async Task<TestDatabase> CreateAsync()
    {
        var connectionString = Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured
            ? configured
            : await StartClusterAsync().ConfigureAwait(false);
        return new TestDatabase(connectionString, "scale_" + Guid.NewGuid().ToString("N")[..12]);
    }

    public async ValueTask DisposeAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        // The name is generated above (letters, digits, underscore), never user input.
#pragma warning disable CA2100
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Schema} CASCADE", connection);
#pragma warning restore CA2100
        await drop.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private static async Task<string> StartClusterAsync()
    {
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
        await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        var lines = (await output.ConfigureAwait(false)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (process.ExitCode != 0 || lines.Length == 0)
        {
            throw new InvalidOperationException(
                $"The two-instance tests need PostgreSQL: set {EnvironmentVariable}, or install the server binaries so {script} can start one. "
                + $"It exited with {process.ExitCode}: {await errors.ConfigureAwait(false)}");
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
        throw new InvalidOperationException($"Set {EnvironmentVariable}, or run from the repository so eng/postgres/start-test-cluster.sh is found.");
    }
}
