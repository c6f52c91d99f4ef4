using System.Text.Json;

namespace IepNavigator.Triage.FreeHelp;

/// <summary>knowledge/content/help/parent-centers.json, embedded: free help by USPS state code.</summary>
public sealed class ParentCenterDirectory
{
    private readonly Dictionary<string, StateHelp> _states;

    public ParentCenterDirectory(DirectoryDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _states = document.States.ToDictionary(state => state.State, StringComparer.OrdinalIgnoreCase);
        DirectoryUrls = [document.Sources.ParentCenters, document.Sources.ProtectionAndAdvocacy];
    }

    /// <summary>The directory shipped in the assembly.</summary>
    public static ParentCenterDirectory Default { get; } = Load();

    public IReadOnlyCollection<string> States => _states.Keys;

    public IReadOnlyList<Uri> DirectoryUrls { get; }

    public StateHelp? Find(string? state) =>
        state is not null && _states.TryGetValue(state.Trim(), out var help) ? help : null;

    private static ParentCenterDirectory Load()
    {
        var document = TriageContent.Files.Read<DirectoryDocument>("parent-centers.json");
        return new ParentCenterDirectory(document);
    }

    /// <summary>The file's shape.</summary>
    public sealed record DirectoryDocument(DirectorySources Sources, IReadOnlyList<StateHelp> States);

    public sealed record DirectorySources(Uri ParentCenters, Uri ProtectionAndAdvocacy);
}
