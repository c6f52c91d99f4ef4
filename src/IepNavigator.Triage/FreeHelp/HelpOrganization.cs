namespace IepNavigator.Triage.FreeHelp;

/// <summary>A free source of help: a Parent Training and Information Center or a Protection &amp; Advocacy agency.</summary>
public sealed record HelpOrganization
{
    public required string Name { get; init; }

    public required Uri Website { get; init; }

    /// <summary>The national directory the entry was checked against.</summary>
    public required Uri SourceUrl { get; init; }

    /// <summary>False when the entry could not be checked against its source; show it with the directory link.</summary>
    public bool Verified { get; init; }

    /// <summary>The region served when a state has several centers.</summary>
    public string? Serves { get; init; }
}

/// <summary>One state's (or DC's, PR's) free help.</summary>
public sealed record StateHelp
{
    public required string State { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<HelpOrganization> ParentCenters { get; init; } = [];

    public HelpOrganization? ProtectionAndAdvocacy { get; init; }
}
