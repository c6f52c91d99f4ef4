using System.Data.Common;
using IepNavigator.Storage;
using IepNavigator.Storage.Migrations;

namespace IepNavigator.Triage.Store;

/// <summary>
/// The triage tables on one provider. The SQL is shared (both providers accept @name parameters, BIGINT and
/// TEXT); only connecting and table names differ. The tables come from the numbered scripts in Store/Migrations/, run
/// by Storage's migration runner of the provider. Times are Unix milliseconds.
/// </summary>
public abstract class TriageDatabase
{
    /// <summary>Triage's own version table: its file or schema may be shared with nothing else, but the name never collides.</summary>
    private const string VersionTable = "triage_schema_version";

    public abstract string ProviderName { get; }

    /// <summary>The qualified name of a triage table (packets, notes, outbox, audit, attempt_failures).</summary>
    public abstract string Table(string name);

    /// <summary>An open connection, the schema migrated first (once per instance).</summary>
    public Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => Database.OpenConnectionAsync(cancellationToken);

    /// <summary>Runs the migrations the database lacks; safe to run at every start and from several hosts at once.</summary>
    public abstract Task EnsureSchemaAsync(CancellationToken cancellationToken);

    /// <summary>One statement on a pooled, migrated connection (Dapper; @name parameters from <paramref name="parameters"/>' members).</summary>
    public Task<int> ExecuteAsync(string sql, object? parameters, CancellationToken cancellationToken) => Database.ExecuteAsync(sql, parameters, cancellationToken);

    public Task<T?> ExecuteScalarAsync<T>(string sql, object? parameters, CancellationToken cancellationToken) =>
        Database.ExecuteScalarAsync<T>(sql, parameters, cancellationToken);

    public Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters, CancellationToken cancellationToken) =>
        Database.QueryAsync<T>(sql, parameters, cancellationToken);

    /// <summary>The provider's database (Storage's one data-access shape).</summary>
    private protected abstract SqlDatabase Database { get; }

    /// <summary>The triage scripts of <paramref name="provider"/> (sqlite or postgres), embedded from Store/Migrations/.</summary>
    protected static MigrationSet Migrations(string provider) =>
        MigrationSet.FromResources(typeof(TriageDatabase).Assembly, provider, "triage", VersionTable);
}
