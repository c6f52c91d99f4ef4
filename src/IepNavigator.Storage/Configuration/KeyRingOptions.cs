namespace IepNavigator.Storage.Configuration;

/// <summary>
/// The "DataProtection" configuration section: where the host's Data Protection key ring lives and whether the
/// keys themselves are encrypted (environment variables: DataProtection__KeysDirectory, DataProtection__CertificatePath,
/// DataProtection__CertificatePassword).
/// </summary>
public sealed class KeyRingOptions
{
    public const string SectionName = "DataProtection";

    /// <summary>
    /// Folder of the key ring, relative to the content root. Empty: &lt;Storage:DataDirectory&gt;/keys with SQLite,
    /// and the PostgreSQL table data_protection_keys (in Storage:PostgresSchema) with Postgres. Set with Postgres
    /// only when every instance mounts the same folder.
    /// </summary>
    public string? KeysDirectory { get; set; }

    /// <summary>A PKCS#12 (.pfx) file whose certificate encrypts the keys at rest; empty: keys are stored unencrypted.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of <see cref="CertificatePath"/> (keep it in an environment variable or user secrets).</summary>
    public string? CertificatePassword { get; set; }
}
