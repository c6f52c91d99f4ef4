using IepNavigator.Storage.Sqlite;

namespace IepNavigator.Triage.Store;

/// <summary>The triage tables in their own SQLite file beside the bot state (WAL, busy timeout, pooled).</summary>
public sealed class SqliteTriageDatabase : TriageDatabase
{
    public const string DefaultFileName = "triage.db";

    private static readonly Storage.Migrations.MigrationSet Scripts = Migrations("sqlite");

    private readonly SqliteDatabase _database;

    public SqliteTriageDatabase(string databasePath)
    {
        _database = new SqliteDatabase(databasePath, Scripts, "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;");
    }

    public string DatabasePath => _database.DatabasePath;

    public override string ProviderName => "SQLite";

    public override string Table(string name) => "triage_" + name;

    private protected override Storage.SqlDatabase Database => _database;

    public override Task EnsureSchemaAsync(CancellationToken cancellationToken) => _database.MigrateAsync(cancellationToken);
}
