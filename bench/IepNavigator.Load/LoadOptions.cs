using System.Globalization;

namespace IepNavigator.Load;

/// <summary>Command line: --conversations N --seconds S [--host Web.dll] [--seed-cases 10000] [--think-ms 1000] [--warmup-seconds 3].</summary>
internal sealed record LoadOptions(int Conversations, int Seconds, string HostDll, int SeedCases, int ThinkMs, int WarmupSeconds)
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
            Number("warmup-seconds", 3, 0, 60));
    }
}
