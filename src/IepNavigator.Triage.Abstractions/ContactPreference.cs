namespace IepNavigator.Triage.Packets;

/// <summary>How the parent wants to be reached.</summary>
public sealed record ContactPreference
{
    public required ContactMethod Method { get; init; }

    /// <summary>The e-mail address, or a US phone number as its 10 digits.</summary>
    public required string Address { get; init; }

    /// <summary>The name the advocate should ask for.</summary>
    public string? Name { get; init; }

    /// <summary>The language the parent wants to be spoken to in: "en", "es", or the language they named ("Vietnamese").</summary>
    public string? PreferredLanguage { get; init; }
}
