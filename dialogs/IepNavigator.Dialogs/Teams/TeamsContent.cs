using System.Globalization;
using System.Resources;
using IepNavigator.Dialogs.Understanding;

namespace IepNavigator.Dialogs.Teams;

/// <summary>
/// What the assistant says and listens for in Teams, read from TeamsContent.resx (advocate-reviewable).
/// Phrase lists are normalized once, the same way messages are, so they match whole words.
/// </summary>
public sealed class TeamsContent
{
    private readonly ResourceManager _resources = new("IepNavigator.Dialogs.Teams.TeamsContent", typeof(TeamsContent).Assembly);

    public TeamsContent()
    {
        ChildDetailPhrases = Phrases("childDetailPhrases");
        StartCasePhrases = Phrases("startCasePhrases");
        SuggestedActionImportance = Phrases("suggestedActionImportance");
        SuggestedActionMaxTitleLength = int.Parse(this["suggestedActionMaxTitleLength"].Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary>Normalized phrases that show a message is about the writer's own child.</summary>
    public IReadOnlyList<string> ChildDetailPhrases { get; }

    /// <summary>Normalized phrases that ask the assistant to start on a case.</summary>
    public IReadOnlyList<string> StartCasePhrases { get; }

    /// <summary>Normalized suggested-action titles, most important first.</summary>
    public IReadOnlyList<string> SuggestedActionImportance { get; }

    /// <summary>Longer suggested-action titles go on card buttons instead.</summary>
    public int SuggestedActionMaxTitleLength { get; }

    public string this[string key] =>
        _resources.GetString(key, CultureInfo.InvariantCulture) ?? throw new KeyNotFoundException($"No Teams text '{key}' in TeamsContent.resx.");

    private string[] Phrases(string key) =>
        [.. this[key].Split('\n').Select(TextNormalizer.Normalize).Where(p => p.Length > 0).Distinct()];
}
