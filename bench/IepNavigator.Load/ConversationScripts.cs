using System.Text.Json;

namespace IepNavigator.Load;

/// <summary>scripts/paths.json: the parent conversations the benchmark replays.</summary>
internal sealed record ConversationScripts(string Seed, IReadOnlyList<ConversationScripts.ScriptPath> Paths)
{
    public const string Join = "join";

    public sealed record ScriptPath(string Name, IReadOnlyList<string> Steps);

    public static ConversationScripts Load()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "scripts", "paths.json");
        using var stream = File.OpenRead(file);
        var scripts = JsonSerializer.Deserialize<ConversationScripts>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException("paths.json is empty.");
        return scripts.Paths.Count > 0 && scripts.Paths.All(p => p.Steps.Count > 0)
            ? scripts
            : throw new InvalidDataException("paths.json needs at least one path with steps.");
    }
}
