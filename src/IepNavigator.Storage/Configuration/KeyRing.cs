using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using IepNavigator.Storage.Postgres;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IepNavigator.Storage.Configuration;

/// <summary>
/// The host's one Data Protection key ring, resolved from configuration: a folder (SQLite, or an explicit
/// DataProtection:KeysDirectory) or the storage schema's table (Postgres), and the optional certificate that
/// encrypts the keys. Owns the repository and the certificate.
/// </summary>
internal sealed class KeyRing : IDisposable
{
    /// <summary>Fixed, so links and stored state survive a move of the content root and every instance agrees.</summary>
    public const string ApplicationName = "IepNavigator";

    private readonly string? _connectionString;
    private PostgresXmlRepository? _postgresRepository;

    private KeyRing(string? keysDirectory, string? connectionString, string schemaName, X509Certificate2? certificate)
    {
        KeysDirectory = keysDirectory;
        _connectionString = connectionString;
        SchemaName = schemaName;
        Certificate = certificate;
    }

    /// <summary>The key folder (absolute), or null when the keys live in PostgreSQL.</summary>
    public string? KeysDirectory { get; }

    public string SchemaName { get; }

    /// <summary>Where the keys are, for the start-up log (never a connection string or password).</summary>
    public string Location => KeysDirectory is not null
        ? "folder " + KeysDirectory
        : $"PostgreSQL table {SchemaName}.{PostgresSchema.KeysTable}";

    /// <summary>The certificate that encrypts the keys; null without DataProtection:CertificatePath.</summary>
    public X509Certificate2? Certificate { get; }

    public static KeyRing Create(IConfiguration configuration, X509Certificate2? certificate, IHostEnvironment? environment)
    {
        var storage = StorageOptions.Read(configuration);

        var options = new KeyRingOptions();
        configuration.GetSection(KeyRingOptions.SectionName).Bind(options);
        var root = environment?.ContentRootPath ?? Directory.GetCurrentDirectory();
        var dataDirectory = string.IsNullOrWhiteSpace(storage.DataDirectory) ? "data" : storage.DataDirectory;

        string? keysDirectory = null;
        if (!string.IsNullOrWhiteSpace(options.KeysDirectory))
        {
            keysDirectory = Path.GetFullPath(options.KeysDirectory, root);
        }
        else if (!storage.UsesPostgres)
        {
            keysDirectory = Path.GetFullPath(Path.Combine(dataDirectory, "keys"), root);
        }

        return new KeyRing(keysDirectory, storage.PostgresConnectionString, storage.PostgresSchema, certificate);
    }

    /// <summary>
    /// Opens DataProtection:CertificatePath (relative to the content root) with DataProtection:CertificatePassword,
    /// or returns null when no path is set. A missing file, a wrong password or a certificate without its private
    /// key fails here, naming the setting (never the password).
    /// </summary>
    public static X509Certificate2? LoadCertificate(IConfiguration configuration)
    {
        var options = new KeyRingOptions();
        configuration.GetSection(KeyRingOptions.SectionName).Bind(options);
        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return null;
        }

        var root = configuration[HostDefaults.ContentRootKey] is { Length: > 0 } contentRoot ? contentRoot : Directory.GetCurrentDirectory();
        var path = Path.GetFullPath(options.CertificatePath, root);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"DataProtection:CertificatePath points to '{path}', which does not exist.");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword);
        }
        catch (CryptographicException ex)
        {
            throw new InvalidOperationException(
                $"DataProtection:CertificatePath '{path}' could not be opened (wrong DataProtection:CertificatePassword, or not a PKCS#12 file).", ex);
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new InvalidOperationException($"The certificate in '{path}' (DataProtection:CertificatePath) has no private key, so it could not decrypt the keys it encrypts.");
        }

        return certificate;
    }

    /// <summary>The repository Data Protection reads and writes its keys through (one per key ring).</summary>
    public IXmlRepository CreateRepository(ILoggerFactory loggerFactory)
    {
        if (KeysDirectory is not null)
        {
            return new FileSystemXmlRepository(new DirectoryInfo(KeysDirectory), loggerFactory);
        }

        if (string.IsNullOrWhiteSpace(_connectionString))
        {
            // The storage options' start-up validation names the missing setting; this only fails a use before that.
            return new NoDatabaseRepository();
        }

        return _postgresRepository ??= new PostgresXmlRepository(_connectionString, SchemaName);
    }

    // The certificate stays with Data Protection for the life of the process; only the repository is ours.
    public void Dispose() => _postgresRepository?.Dispose();

    private sealed class NoDatabaseRepository : IXmlRepository
    {
        public IReadOnlyCollection<System.Xml.Linq.XElement> GetAllElements() => throw Missing();

        public void StoreElement(System.Xml.Linq.XElement element, string friendlyName) => throw Missing();

        private static InvalidOperationException Missing() => new(
            "Storage:Provider is 'Postgres' but ConnectionStrings:Postgres is empty, so the shared Data Protection key ring has no database. "
            + "Set ConnectionStrings__Postgres, or DataProtection__KeysDirectory to a folder every instance shares.");
    }
}
