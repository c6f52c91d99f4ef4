using System.Globalization;
using System.Resources;
using IepNavigator.Knowledge.Content;
using IepNavigator.Understanding.Text;

namespace IepNavigator.Dialogs.Teams;

/// <summary>
/// What the assistant says and listens for in Teams, read from TeamsContent.resx and its Spanish
/// TeamsContent.es.resx (advocate-reviewable). Messages follow the turn's language; phrase lists hold both
/// languages (a member may write either), normalized once, the same way messages are, so they match whole words.
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

    public string this[string key] => Text(key, ContentLanguage.Current);

    private string Text(string key, string language) =>
        _resources.GetString(key, CultureOf(language)) ?? throw new KeyNotFoundException($"No Teams text '{key}' in TeamsContent.resx.");

    /// <summary>English first, so its order ranks English titles; each language's own order is kept.</summary>
    private string[] Phrases(string key) =>
        [.. ContentLanguage.Supported.SelectMany(l => Text(key, l).Split('\n')).Select(TextNormalizer.Normalize).Where(p => p.Length > 0).Distinct()];

    private static CultureInfo CultureOf(string language) =>
        language == ContentLanguage.English ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language);
}
