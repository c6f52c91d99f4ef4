using System.Data.Common;
using Dapper;

namespace IepNavigator.Storage;

/// <summary>
/// What every store's database does the same on both providers: one statement on a pooled, migrated connection, with
/// Dapper (<c>@name</c> parameters from an object's members). <see cref="Sqlite.SqliteDatabase"/> and
/// <see cref="Postgres.PostgresDatabase"/> supply the connection.
/// </summary>
public abstract class SqlDatabase
{
    /// <summary>An open connection, the schema migrated first (once per instance); the caller disposes it.</summary>
    public abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default);

    public async Task<int> ExecuteAsync(string sql, object? parameters = null, CancellationToken cancellationToken = default)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
    }

    public async Task<T?> ExecuteScalarAsync<T>(string sql, object? parameters = null, CancellationToken cancellationToken = default)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.ExecuteScalarAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null, CancellationToken cancellationToken = default)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return [.. await connection.QueryAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false)];
        }
    }
}
