using System.Globalization;

namespace IepNavigator.Load;

/// <summary>
/// Command line: --conversations N --seconds S [--host Web.dll] [--seed-cases 10000] [--think-ms 1000] [--warmup-seconds 3]
/// [--data DIR] [--host-env NAME=VALUE;NAME=VALUE] [--modes both|guided|echo].
/// </summary>
/// <param name="DataDirectory">A data folder to use and keep (a copy of an earlier seeded one: back-to-back runs on the
/// same 10,000 cases without seeding again); null = a fresh temporary folder, deleted at the end.</param>
/// <param name="HostSettings">Environment variables for the host (a runtime setting such as DOTNET_gcServer measured
/// without republishing).</param>
/// <param name="Modes">Which bots to measure; the ratio needs both.</param>
internal sealed record LoadOptions(
    int Conversations, int Seconds, string HostDll, int SeedCases, int ThinkMs, int WarmupSeconds,
    string? DataDirectory, IReadOnlyDictionary<string, string> HostSettings, string Modes)
{
    public static LoadOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            }
            values[args[i][2..]] = args[i + 1];
        }
        int Number(string name, int fallback, int min, int max)
        {
            var value = values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
            return value >= min && value <= max ? value : throw new ArgumentException($"--{name} must be between {min} and {max}.");
        }
        var host = values.TryGetValue("host", out var dll) ? dll : throw new ArgumentException("--host <path of IepNavigator.Web.dll> is required.");
        return new LoadOptions(
            Number("conversations", 200, 1, 2000),
            Number("seconds", 20, 1, 600),
            Path.GetFullPath(host),
            Number("seed-cases", 10_000, 0, 100_000),
            Number("think-ms", 1000, 0, 60_000),
            Number("warmup-seconds", 3, 0, 60),
            values.TryGetValue("data", out var data) ? Path.GetFullPath(data) : null,
            ParseSettings(values.TryGetValue("host-env", out var env) ? env : ""),
            values.TryGetValue("modes", out var modes) && modes is "both" or "guided" or "echo"
                ? modes
                : values.ContainsKey("modes") ? throw new ArgumentException("--modes must be both, guided or echo.") : "both");
    }

    private static Dictionary<string, string> ParseSettings(string text)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new ArgumentException($"--host-env takes NAME=VALUE pairs separated by ';' (got '{pair}').");
            }
            settings[pair[..equals]] = pair[(equals + 1)..];
        }
        return settings;
    }
}
