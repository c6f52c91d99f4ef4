namespace IepNavigator.Dialogs.Teams;

/// <summary>
/// What the assistant says and listens for in Teams, read from content/teams-chat.json and its Spanish
/// content/es/teams-chat.json (advocate-reviewable). Messages follow the turn's language; phrase lists hold both
/// languages (a member may write either), normalized once, the same way messages are, so they match whole words.
/// </summary>
public sealed class TeamsContent : ChatContent<TeamsChatDocument>
{
    private const string File = "teams-chat.json";

    public TeamsContent()
        : base(File, d => d.Messages)
    {
        ChildDetailPhrases = OrderedPhrases("childDetailPhrases");
        StartCasePhrases = OrderedPhrases("startCasePhrases");
        SuggestedActionImportance = OrderedPhrases("suggestedActionImportance");
        SuggestedActionMaxTitleLength = Documents.For(ContentLanguage.English).SuggestedActionMaxTitleLength;
    }

    /// <summary>Normalized phrases that show a message is about the writer's own child.</summary>
    public IReadOnlyList<string> ChildDetailPhrases { get; }

    /// <summary>Normalized phrases that ask the assistant to start on a case.</summary>
    public IReadOnlyList<string> StartCasePhrases { get; }

    /// <summary>Normalized suggested-action titles, most important first.</summary>
    public IReadOnlyList<string> SuggestedActionImportance { get; }

    /// <summary>Longer suggested-action titles go on card buttons instead.</summary>
    public int SuggestedActionMaxTitleLength { get; }

    /// <summary>English first, so its order ranks English titles; each language's own order is kept.</summary>
    private string[] OrderedPhrases(string kind) =>
        [.. Documents.All.SelectMany(l => l.Value.Phrases.GetValueOrDefault(kind) ?? throw new InvalidDataException($"{File} has no phrases '{kind}' in '{l.Language}'."))
            .Select(TextNormalizer.Normalize).Where(p => p.Length > 0).Distinct()];
}

public sealed class TeamsChatDocument
{
    public int SuggestedActionMaxTitleLength { get; set; }
    public Dictionary<string, List<string>> Phrases { get; set; } = [];
    public Dictionary<string, string> Messages { get; set; } = [];
}
