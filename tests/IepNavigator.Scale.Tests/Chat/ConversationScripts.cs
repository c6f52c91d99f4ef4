using System.Text.Json;

namespace IepNavigator.Scale.Tests.Chat;

/// <summary>scripts/conversations.json: what parents type in these tests (reviewable content, not C# literals).</summary>
public sealed record ConversationScripts(string TurnFailedMarker, string ReviewStep, IReadOnlyList<ConversationScripts.ScriptPath> Paths)
{
    public const string Join = "join";

    /// <param name="RacePair">Index of the first of two answers sent together, without waiting in between.</param>
    public sealed record ScriptPath(string Name, int RacePair, IReadOnlyList<string> Steps);

    private static readonly Lazy<ConversationScripts> Loaded = new(Read);

    public static ConversationScripts Instance => Loaded.Value;

    private static ConversationScripts Read()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "scripts", "conversations.json");
        using var stream = File.OpenRead(file);
        var scripts = JsonSerializer.Deserialize<ConversationScripts>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException("conversations.json is empty.");
        if (scripts.Paths.Count == 0 || scripts.Paths.Any(p => p.Steps.Count < 3 || p.RacePair < 1 || p.RacePair + 1 >= p.Steps.Count))
        {
            throw new InvalidDataException("conversations.json needs paths of at least 3 steps, each with a racePair inside its steps.");
        }
        return scripts;
    }
}
