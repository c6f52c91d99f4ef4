using IepNavigator.Knowledge.Content;

namespace IepNavigator.Triage;

/// <summary>The advocate-reviewable JSON files embedded in this assembly (content/*.json and their es/ twins).</summary>
internal static class TriageContent
{
    public static ContentFiles Files { get; } = new(typeof(TriageContent).Assembly, "IepNavigator.Triage.");
}
