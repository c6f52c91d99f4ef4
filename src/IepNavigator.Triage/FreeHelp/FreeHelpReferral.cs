namespace IepNavigator.Triage.FreeHelp;

/// <summary>
/// The free help named in every packet and triage answer, and whether it is the better first call
/// (with the reasons, as sentences from content/free-help.json).
/// </summary>
public sealed record FreeHelpReferral
{
    /// <summary>Null when the state is unknown or not in the directory; then <see cref="DirectoryUrls"/> is the way to find it.</summary>
    public StateHelp? Help { get; init; }

    public bool FreeHelpFirst { get; init; }

    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>The national directories of Parent Centers and P&amp;A agencies.</summary>
    public IReadOnlyList<Uri> DirectoryUrls { get; init; } = [];
}
