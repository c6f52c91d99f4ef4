using IepNavigator.Knowledge.Content;

namespace IepNavigator.Knowledge.Help;

/// <summary>A free help organisation as parent-centers.json names it; <see cref="Verified"/> false means "check the directory too".</summary>
public sealed record FreeHelpOrganization(string Name, Uri Website, bool Verified = false, string? Serves = null);

/// <summary>A state's Parent Training and Information Center(s) and its Protection &amp; Advocacy agency.</summary>
public sealed record StateFreeHelp(string State, string Name, IReadOnlyList<FreeHelpOrganization> ParentCenters, FreeHelpOrganization? ProtectionAndAdvocacy);

/// <summary>knowledge/content/help/parent-centers.json, embedded: free help by USPS state code, and the directories to check.</summary>
public static class FreeHelpDirectory
{
    private static readonly Lazy<(Dictionary<string, StateFreeHelp> States, Uri ParentCenters, Uri ProtectionAndAdvocacy)> Loaded = new(Load);

    /// <summary>The national directory of Parent Centers (parentcenterhub.org), for a state not known or not listed.</summary>
    public static Uri ParentCenterDirectoryUrl => Loaded.Value.ParentCenters;

    public static Uri ProtectionAndAdvocacyDirectoryUrl => Loaded.Value.ProtectionAndAdvocacy;

    public static StateFreeHelp? Find(string? state) =>
        state is not null && Loaded.Value.States.TryGetValue(state.Trim(), out var help) ? help : null;

    private static (Dictionary<string, StateFreeHelp>, Uri, Uri) Load()
    {
        var document = KnowledgeContent.Files.Read<Document>("parent-centers.json");
        var states = document.States.ToDictionary(s => s.State, s => s, StringComparer.OrdinalIgnoreCase);
        return (states, document.Sources.ParentCenters, document.Sources.ProtectionAndAdvocacy);
    }

    private sealed record Document(Sources Sources, IReadOnlyList<StateFreeHelp> States);

    private sealed record Sources(Uri ParentCenters, Uri ProtectionAndAdvocacy);
}
