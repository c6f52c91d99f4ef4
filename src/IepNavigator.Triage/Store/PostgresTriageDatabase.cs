using IepNavigator.Storage.Postgres;

namespace IepNavigator.Triage.Store;

/// <summary>The triage tables in their own PostgreSQL schema of the bot-state database.</summary>
public sealed class PostgresTriageDatabase : TriageDatabase, IAsyncDisposable
{
    public const string DefaultSchemaName = "triage";

    private static readonly Storage.Migrations.MigrationSet Scripts = Migrations("postgres");

    private readonly PostgresDatabase _database;

    public PostgresTriageDatabase(string connectionString, string schemaName = DefaultSchemaName)
    {
        _database = new PostgresDatabase(connectionString, schemaName, Scripts, PostgresPools.OccasionalStore);
    }

    public override string ProviderName => "PostgreSQL";

    public string SchemaName => _database.SchemaName;

    public override string Table(string name) => _database.Table(name);

    private protected override Storage.SqlDatabase Database => _database;

    public override Task EnsureSchemaAsync(CancellationToken cancellationToken) => _database.MigrateAsync(cancellationToken);

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
