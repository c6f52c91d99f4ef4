using System.Data.Common;
using Dapper;

namespace IepNavigator.Storage.Migrations;

/// <summary>
/// What both providers' runners do the same inside their transaction: make the version table, read the last version,
/// then run each newer script (unless its skip-when query says the database has it already) and record its number.
/// Each runner supplies its dialect: the SQL of the version table, of recording a version, and what a script's
/// placeholders become (<c>{schema}</c> on PostgreSQL).
/// </summary>
internal static class PendingScripts
{
    /// <param name="versions">The version table's name as the SQL names it (schema-qualified on PostgreSQL).</param>
    /// <param name="createVersions">CREATE TABLE IF NOT EXISTS of the version table.</param>
    /// <param name="recordVersion">The INSERT of one number into the version table (<c>@version</c>).</param>
    /// <param name="expand">A script's text as it runs (placeholders filled).</param>
    /// <returns>(version before, version after).</returns>
    public static async Task<(int From, int To)> RunAsync(
        DbConnection connection, DbTransaction transaction, MigrationSet set, string versions, string createVersions, string recordVersion,
        Func<string, string> expand, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(createVersions, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var from = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            $"SELECT coalesce(max(version), 0) FROM {versions};", transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);

        foreach (var script in set.Scripts.Where(s => s.Version > from))
        {
            var present = script.SkipWhen is not null && await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                expand(script.SkipWhen), transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false) != 0;
            if (!present)
            {
                await connection.ExecuteAsync(new CommandDefinition(expand(script.Sql), transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            }

            await connection.ExecuteAsync(new CommandDefinition(
                recordVersion, new { version = script.Version }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        return (from, Math.Max(from, set.LatestVersion));
    }
}
