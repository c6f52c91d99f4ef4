using System.Security.Cryptography;
using System.Text;
using Dapper;
using static IepNavigator.Triage.Store.SqlText;

namespace IepNavigator.Triage.Store;

/// <summary>
/// Failed console attempts (wrong passwords, packets not found) per subject, in the triage database so every instance
/// counts the same ones. A subject is stored as a SHA-256 of what it names (an account, a client address): the table
/// holds no user name and no IP address.
/// </summary>
public sealed class AttemptFailures(TriageDatabase database)
{
    private readonly string _table = database.Table("attempt_failures");

    /// <summary>How many failures a subject has had since a time, and the latest.</summary>
    public sealed record Tally(int Count, DateTimeOffset? Latest);

    public static string Subject(string kind, string value) =>
        kind + ":" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    /// <summary>
    /// Records one failure for each subject at <paramref name="at"/> and returns the rows' ids (in the subjects' order),
    /// so an attempt that turns out not to be a failure can be forgotten; rows older than <paramref name="forgetBefore"/> go.
    /// </summary>
    public async Task<IReadOnlyList<string>> RecordAsync(IReadOnlyCollection<string> subjects, DateTimeOffset at, DateTimeOffset forgetBefore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        var ids = new List<string>(subjects.Count);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            foreach (var subject in subjects)
            {
                var id = Id(Guid.NewGuid());
                await connection.ExecuteAsync(new CommandDefinition($"INSERT INTO {_table} (id, subject, at) VALUES (@id, @subject, @at)",
                    new { id, subject, at = Millis(at) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
                ids.Add(id);
            }
            await connection.ExecuteAsync(new CommandDefinition($"DELETE FROM {_table} WHERE at < @before",
                new { before = Millis(forgetBefore) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
        return ids;
    }

    /// <summary>Forgets rows <see cref="RecordAsync"/> wrote (an attempt that was refused unchecked, or that succeeded).</summary>
    public async Task ForgetAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            foreach (var id in ids)
            {
                await connection.ExecuteAsync(new CommandDefinition($"DELETE FROM {_table} WHERE id = @id", new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            }
        }
    }

    /// <summary>How many failures <paramref name="subject"/> has had since a time, leaving out the row <paramref name="except"/> (an attempt's own).</summary>
    public async Task<Tally> CountSinceAsync(string subject, DateTimeOffset since, CancellationToken cancellationToken, string? except = null)
    {
        var rows = await database.QueryAsync<(long Count, long? Latest)>(
            $"SELECT count(*), max(at) FROM {_table} WHERE subject = @subject AND at >= @since AND id <> @except",
            new { subject, since = Millis(since), except = except ?? string.Empty }, cancellationToken).ConfigureAwait(false);
        return new Tally((int)rows[0].Count, rows[0].Latest is { } latest ? Time(latest) : null);
    }

    /// <summary>Forgets a subject's failures (a successful sign-in clears its account's count).</summary>
    public Task ClearAsync(string subject, CancellationToken cancellationToken) =>
        database.ExecuteAsync($"DELETE FROM {_table} WHERE subject = @subject", new { subject }, cancellationToken);
}
