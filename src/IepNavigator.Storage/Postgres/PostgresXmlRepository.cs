using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using IepNavigator.Storage.Migrations;
using Npgsql;

namespace IepNavigator.Storage.Postgres;

/// <summary>
/// The Data Protection key ring in PostgreSQL (table data_protection_keys in the storage schema), so every
/// host instance that shares the database also shares the keys that encrypt its state and sign its links.
/// The table comes from the storage schema's migrations; the first use runs them (idempotent), so Data
/// Protection can read its keys before the state store has started. Keys are stored as Data Protection
/// gives them: encrypted only when DataProtection:CertificatePath is set.
/// </summary>
/// <remarks>
/// Instances starting together on an empty ring would each create a first key and, until their next refresh,
/// not know the others'. So an instance that finds the ring empty takes an advisory lock and keeps it until it
/// has stored its key; the others wait on that lock, then read that key instead of creating their own.
/// </remarks>
public sealed class PostgresXmlRepository : IXmlRepository, IDisposable
{
    private static readonly TimeSpan FirstKeyLockLimit = TimeSpan.FromMinutes(1);

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _schemaName;
    private readonly string _table;
    private readonly string _lockName;
    private readonly Lock _schemaGate = new();
    private readonly Lock _firstKeyGate = new();
    private volatile bool _schemaReady;
    private NpgsqlConnection? _firstKeyLock;
    private Timer? _firstKeyLockExpiry;

    public PostgresXmlRepository(string connectionString, string schemaName = PostgresSchema.DefaultSchemaName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        if (!PostgresSchema.IsValidName(schemaName))
        {
            throw new ArgumentException($"'{schemaName}' is not a valid schema name (lower-case letters, digits, underscores).", nameof(schemaName));
        }

        _dataSource = PostgresPools.Create(connectionString, PostgresPools.OccasionalStore);
        _schemaName = schemaName;
        _table = PostgresSchema.Quote(schemaName) + "." + PostgresSchema.KeysTable;
        _lockName = "iepnav-keys:" + schemaName;
    }

    /// <inheritdoc />
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        EnsureSchema();
        List<XElement> elements;
        using (var connection = _dataSource.OpenConnection())
        {
            elements = ReadAll(connection);
        }

        if (elements.Count > 0)
        {
            return elements;
        }

        lock (_firstKeyGate)
        {
            if (_firstKeyLock is not null)
            {
                return elements; // this instance is already creating the first key
            }

            var connection = _dataSource.OpenConnection();
            try
            {
                Execute(connection, "SELECT pg_advisory_lock(hashtext($1));", _lockName); // waits while another instance creates it
                elements = ReadAll(connection);
                if (elements.Count > 0)
                {
                    Unlock(connection);
                    return elements;
                }

                _firstKeyLock = connection;
                _firstKeyLockExpiry = new Timer(_ => ReleaseFirstKeyLock(), null, FirstKeyLockLimit, Timeout.InfiniteTimeSpan);
                return elements;
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }
    }

    /// <inheritdoc />
    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        EnsureSchema();
        try
        {
            var name = string.IsNullOrWhiteSpace(friendlyName) ? Guid.NewGuid().ToString("N") : friendlyName;
            using var command = _dataSource.CreateCommand(
                $"INSERT INTO {_table} (friendly_name, xml) VALUES ($1, $2) ON CONFLICT (friendly_name) DO UPDATE SET xml = EXCLUDED.xml;");
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = element.ToString(SaveOptions.DisableFormatting) });
            command.ExecuteNonQuery();
        }
        finally
        {
            ReleaseFirstKeyLock();
        }
    }

    public void Dispose()
    {
        ReleaseFirstKeyLock();
        _dataSource.Dispose();
    }

    private List<XElement> ReadAll(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand($"SELECT xml FROM {_table} ORDER BY created_at, friendly_name;", connection);
        using var reader = command.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read())
        {
            elements.Add(XElement.Parse(reader.GetString(0)));
        }

        return elements;
    }

    private void ReleaseFirstKeyLock()
    {
        lock (_firstKeyGate)
        {
            _firstKeyLockExpiry?.Dispose();
            _firstKeyLockExpiry = null;
            var connection = _firstKeyLock;
            _firstKeyLock = null;
            if (connection is null)
            {
                return;
            }

            try
            {
                Unlock(connection);
            }
            catch (NpgsqlException)
            {
                // The session is gone, and its advisory lock with it.
            }
        }
    }

    // Session advisory locks outlive a pooled connection's return to the pool, so they are always released explicitly.
    private void Unlock(NpgsqlConnection connection)
    {
        try
        {
            Execute(connection, "SELECT pg_advisory_unlock(hashtext($1));", _lockName);
        }
        finally
        {
            connection.Dispose();
        }
    }

    private static void Execute(NpgsqlConnection connection, string sql, string parameter)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = parameter });
        command.ExecuteNonQuery();
    }

    // IXmlRepository is synchronous; this runs once per instance (again after a failure, e.g. the database was down).
    private void EnsureSchema()
    {
        if (_schemaReady)
        {
            return;
        }

        lock (_schemaGate)
        {
            if (!_schemaReady)
            {
                using var connection = _dataSource.OpenConnection();
                PostgresMigrationRunner.RunAsync(connection, _schemaName, MigrationSet.StatePostgres, CancellationToken.None).GetAwaiter().GetResult();
                _schemaReady = true;
            }
        }
    }
}
