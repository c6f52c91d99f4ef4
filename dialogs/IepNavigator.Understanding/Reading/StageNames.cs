using System.Collections.Frozen;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge;

namespace IepNavigator.Understanding.Reading;

/// <summary>The contract's kebab-case stage names ("evaluation-requested") and back.</summary>
public static class StageNames
{
    private static readonly FrozenDictionary<string, Stage> ByName =
        Enum.GetValues<Stage>().ToFrozenDictionary(s => KnowledgeJson.EnumName(s), StringComparer.Ordinal);

    public static IReadOnlyCollection<string> All => ByName.Keys;

    public static string Name(Stage stage) => KnowledgeJson.EnumName(stage);

    public static Stage? Find(string? name) => name is not null && ByName.TryGetValue(name, out var stage) ? stage : null;
}
